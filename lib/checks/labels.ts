// Message keys for the checks' machine names; one place so badges, checklist and popup say the same thing.
import { t, type MessageKey } from '../i18n';
import type { LawGroundId } from '../model';
import type { PersonalDataKind } from './personal-data';
import { LAW_GROUNDS } from './unlawful';

export function kindLabel(kind: PersonalDataKind): string {
  return t(`kind_${kind.replaceAll('-', '_')}` as MessageKey);
}

export function groundLabel(ground: LawGroundId): string {
  return t(`ground_${ground.replaceAll('-', '_')}` as MessageKey);
}

/** In statute order, as BBS-lagen lists them. */
export const LAW_GROUND_ORDER: readonly LawGroundId[] = LAW_GROUNDS.map((g) => g.id);
