/**
 * The question check's view: it shows nothing of its own. Its reading of the text (./question.ts) is told
 * to the other checks (`tells`), and the reply-due check decides from it. Its `run` is in
 * question.check.ts (the background's); the content script needs only this.
 */
import { checkView } from './define';
import type { QuestionReading } from './question';

export const questionView = checkView<QuestionReading>()({
  id: 'question',
  tags: () => [],
  counts: {},
  open: () => [],
  tells: (r) => ({ question: r }),
});
