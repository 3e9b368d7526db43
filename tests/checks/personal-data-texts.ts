import { findPersonalData, type PersonalDataKind } from '../../lib/checks/personal-data';

/** The texts findPersonalData reports as `kind` in `text` (`removal`: the comment is flagged as unlawful). */
export const textsOfKind = (kind: PersonalDataKind, text: string, removal = false): string[] =>
  findPersonalData(text, { removal }).filter((f) => f.kind === kind).map((f) => f.text);
