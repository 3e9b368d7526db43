/**
 * A check on the account's own about/intro view or bio (not on a post or comment): what the page panel
 * shows as found or missing there, with a suggested text for what is missing.
 */
import type { MessageKey } from '../i18n';
import type { AccountInfoInput } from '../sites/core/types';

export type { AccountInfoInput } from '../sites/core/types';

export interface AccountPiece {
  id: string;
  found: boolean;
  /** The piece's name in the panel. */
  label: MessageKey;
  /** For a missing piece: a Swedish text the communicator can copy into the account's information. */
  suggestion?: MessageKey;
}

export interface AccountCheckDefinition<Id extends string = string> {
  readonly id: Id;
  run(info: AccountInfoInput): readonly AccountPiece[];
}

export function defineAccountCheck<const Id extends string>(spec: AccountCheckDefinition<Id>): AccountCheckDefinition<Id> {
  return spec;
}
