// Message keys for the checks' machine names; one place so badges, checklist and popup say the same thing.
import { t, type MessageKey } from '../i18n';
import type { LawGroundId } from '../model';
import type { PersonalDataKind } from './personal-data';

// Written out so tsc checks that every kind and ground has a message, and every key exists.
const KIND_KEYS: Record<PersonalDataKind, MessageKey> = {
  personnummer: 'kind_personnummer',
  samordningsnummer: 'kind_samordningsnummer',
  phone: 'kind_phone',
  email: 'kind_email',
  address: 'kind_address',
  'postal-code': 'kind_postal_code',
  'bank-account': 'kind_bank_account',
  sensitive: 'kind_sensitive',
  minor: 'kind_minor',
};

const GROUND_KEYS: Record<LawGroundId, MessageKey> = {
  'olaga-hot': 'ground_olaga_hot',
  'hets-mot-folkgrupp': 'ground_hets_mot_folkgrupp',
  barnpornografibrott: 'ground_barnpornografibrott',
  'olaga-valdsskildring': 'ground_olaga_valdsskildring',
  uppvigling: 'ground_uppvigling',
  'olaga-integritetsintrang': 'ground_olaga_integritetsintrang',
  'terrorism-uppmaning': 'ground_terrorism_uppmaning',
  upphovsratt: 'ground_upphovsratt',
};

const GROUND_HELP_KEYS: Record<LawGroundId, MessageKey> = {
  'olaga-hot': 'groundHelp_olaga_hot',
  'hets-mot-folkgrupp': 'groundHelp_hets_mot_folkgrupp',
  barnpornografibrott: 'groundHelp_barnpornografibrott',
  'olaga-valdsskildring': 'groundHelp_olaga_valdsskildring',
  uppvigling: 'groundHelp_uppvigling',
  'olaga-integritetsintrang': 'groundHelp_olaga_integritetsintrang',
  'terrorism-uppmaning': 'groundHelp_terrorism_uppmaning',
  upphovsratt: 'groundHelp_upphovsratt',
};

/** One line on what a legal ground covers, with its statute (shown under the ground's choice). */
export function groundHelp(ground: LawGroundId | ''): string {
  return ground ? t(GROUND_HELP_KEYS[ground]) : t('groundHelpNone');
}

export function kindLabel(kind: PersonalDataKind): string {
  return t(KIND_KEYS[kind]);
}

export function groundLabel(ground: LawGroundId): string {
  return t(GROUND_KEYS[ground]);
}
