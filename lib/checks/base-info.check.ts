/** The account's base information (sender, personal data, rules for taking part, public records). */
import type { MessageKey } from '../i18n';
import { defineAccountCheck } from './account-check';
import { BASE_INFO_PIECES, checkBaseInfo, type BaseInfoPiece } from './base-info';

const WORDS: Record<BaseInfoPiece, { label: MessageKey; suggestion: MessageKey }> = {
  sender: { label: 'basePieceSender', suggestion: 'baseSuggestSender' },
  'personal-data': { label: 'basePiecePersonalData', suggestion: 'baseSuggestPersonalData' },
  participation: { label: 'basePieceParticipation', suggestion: 'baseSuggestParticipation' },
  'public-record': { label: 'basePiecePublicRecord', suggestion: 'baseSuggestPublicRecord' },
};

export default defineAccountCheck({
  id: 'base-info',
  run(info) {
    const { found } = checkBaseInfo(info.text, info.links);
    return BASE_INFO_PIECES.map((id) =>
      found.includes(id) ? { id, found: true, label: WORDS[id].label } : { id, found: false, label: WORDS[id].label, suggestion: WORDS[id].suggestion },
    );
  },
});
