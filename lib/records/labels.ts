/** Words for record kinds and sync states, shared by the popup and the records view. */
import type { MessageKey } from '../i18n';
import type { RecordKind } from '../model';
import type { SyncState } from './rows';

// Written out so tsc checks that every record kind has a message.
export const RECORD_KEYS: Record<RecordKind, MessageKey> = {
  archived: 'record_archived',
  replied: 'record_replied',
  'no-reply-needed': 'record_no_reply_needed',
  hidden: 'record_hidden',
  removed: 'record_removed',
  documented: 'record_documented',
  'personal-data-handled': 'record_personal_data_handled',
  'monitoring-round': 'record_monitoring_round',
  'log-reset': 'record_log_reset',
  culled: 'record_culled',
  retracted: 'record_retracted',
  'publishing-reviewed': 'record_publishing_reviewed',
};

export const STATE_KEYS: Record<SyncState, MessageKey> = {
  pending: 'recordsState_pending',
  registered: 'recordsState_registered',
  rejected: 'recordsState_rejected',
  held: 'recordsState_held',
};
