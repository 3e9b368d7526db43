/** The plain-language reason for each evidence failure (locale keys, so tsc checks every one exists). */
import type { MessageKey } from '../i18n';
import type { EvidenceFailure } from '../model';

export const FAILURE_KEYS: Readonly<Record<EvidenceFailure, MessageKey>> = {
  'not-shown': 'evidenceFailure_not-shown',
  'too-large': 'evidenceFailure_too-large',
  'render-failed': 'evidenceFailure_render-failed',
};
