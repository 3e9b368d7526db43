/**
 * A test-only check, written exactly as a new check would be: one file with its definition. It notices
 * comments written in capitals. Registered only in tests, through the same registry factory as the
 * product's checks, to prove that a new check needs no change anywhere else.
 */
import { defineCheck } from '../../lib/checks/define';

export default defineCheck({
  id: 'shouting',
  run: (comment) => {
    const letters = comment.text.replace(/[^\p{L}]/gu, '');
    return { shouting: letters.length >= 8 && letters === letters.toLocaleUpperCase('sv') };
  },
  tags: (r) => (r.shouting ? ['shouting'] : []),
  counts: { shouting: 'panelFlagged' },
  open: (r, recorded) => (r.shouting && !recorded.includes('hidden') ? ['shouting'] : []),
  badge: (r) => (r.shouting ? { tone: 'notice', text: 'VERSALER' } : null),
  checklistItem: (r) =>
    r.shouting ? { title: 'Versaler', lines: ['Kommentaren är skriven med versaler.'], actions: [{ kind: 'hidden', label: 'Dold' }] } : null,
});
