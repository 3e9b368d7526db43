// Message keys for the checks' machine names; one place so badges and checklist say the same thing.
import { t, type MessageKey } from '../../lib/i18n';
import type { LawGroundId } from '../../lib/model';
import type { PersonalDataKind } from '../../lib/checks/personal-data';
import { LAW_GROUNDS } from '../../lib/checks/unlawful';

export function kindLabel(kind: PersonalDataKind): string {
  return t(`kind_${kind.replaceAll('-', '_')}` as MessageKey);
}

export function groundLabel(ground: LawGroundId): string {
  return t(`ground_${ground.replaceAll('-', '_')}` as MessageKey);
}

/** In statute order, as BBS-lagen lists them. */
export const LAW_GROUND_ORDER: readonly LawGroundId[] = LAW_GROUNDS.map((g) => g.id);
