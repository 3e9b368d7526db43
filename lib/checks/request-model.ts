/**
 * The request model: a word model (word-model.ts) of whether a comment asks the office for something, trained on every
 * resident's comment of the corpus's tuning sets (`npm run train:models`), with a few features of the whole text beside
 * its words: a question mark, a doubled one, "ni/er" (the office), "du/dig" (one person), "mig", an opening @mention,
 * a number, an exclamation mark.
 *
 * Why: the question rules (question.ts) find nearly every request, but on each fresh set of comments about one flag in
 * eight was a rhetorical question, a complaint or residents talking to each other, each phrased anew. The model only
 * takes away: when the rules say a comment asks and the model is nearly sure it does not (score below the model's
 * threshold, 0.02), no reply is asked for and the checklist says why. A comment that opens a sentence with a request
 * ("Ta bort filmen", "Ställ in konserten") is never taken away: those are the requests a missed reply costs most on.
 */
import { MODELS, wordModelsOn } from './models';
import { normalizeForMatching } from './normalize';
import { readWithModel } from './word-model';

const QUESTION_MARK = /\?/u;
const DOUBLED = /\?\s*\?/u;
const TO_THE_OFFICE = /(?<![\p{L}])(?:ni|er|ert|era)(?![\p{L}])/u;
const TO_ONE = /(?<![\p{L}])(?:du|dig|din|ditt|dina)(?![\p{L}])/u;
const ME = /(?<![\p{L}])(?:mig|mej)(?![\p{L}])/u;
const MENTION = /^\s*@/u;
const NUMBER = /\d{3}[\s-]?\d{2}/u;

/** The features of the whole text that the request model reads beside its words (`x:…`); also used by the trainer. */
export function requestExtras(text: string): string[] {
  const t = text.toLowerCase();
  const out: string[] = [];
  if (QUESTION_MARK.test(t)) out.push('x:q');
  if (DOUBLED.test(t)) out.push('x:qq');
  if (TO_THE_OFFICE.test(t)) out.push('x:ni');
  if (TO_ONE.test(t)) out.push('x:du');
  if (ME.test(t)) out.push('x:mig');
  if (MENTION.test(t)) out.push('x:at');
  if (NUMBER.test(t)) out.push('x:num');
  if (t.includes('!')) out.push('x:excl');
  return out;
}

/** The request model's score for a comment: near 0 when it reads like no request to the office at all. */
export function requestScore(text: string): number {
  return readWithModel(normalizeForMatching(text).text, MODELS.request, requestExtras(text)).score;
}

/** True when the model is nearly sure the comment asks the office nothing (never with the word models off). */
export function noRequestByModel(text: string): boolean {
  return wordModelsOn() && requestScore(text) < MODELS.request.threshold;
}
