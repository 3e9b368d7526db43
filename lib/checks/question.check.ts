/** What a comment asks of the office, from its text alone (./question.ts); reply due builds on it. */
import { defineCheck } from './define';
import { readQuestion, type QuestionReading } from './question';
import { questionView } from './question.view';

export default defineCheck({
  ...questionView,
  run: (comment): QuestionReading => readQuestion(comment.text),
});
