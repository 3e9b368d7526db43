/** The plain-language reason for each evidence failure (locale keys, so tsc checks every one exists). */
import type { MessageKey } from '../i18n';
import type { EvidenceFailure } from '../model';

export const FAILURE_KEYS: Readonly<Record<EvidenceFailure, MessageKey>> = {
  'not-shown': 'evidenceFailureNotShown',
  'too-large': 'evidenceFailureTooLarge',
  'render-failed': 'evidenceFailureRenderFailed',
};
