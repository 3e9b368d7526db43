/** Political neutrality reminder (RF 1 kap. 9 §): never moderate an opinion away. */
import { defineCheck } from './define';
import { excerptOf } from './excerpt';
import { politicalHits } from './political';
import { uniqueTexts } from './wordlists';
import { politicalView, type PoliticalJudgement } from './political.view';

export default defineCheck({
  ...politicalView,
  run(comment, ctx): PoliticalJudgement {
    // The same spans findPoliticalContent judges by; the excerpt shows them to the moderator.
    const hits = politicalHits(comment.text, ctx.wordLists?.political);
    const terms = uniqueTexts(hits);
    return { political: terms.length > 0, terms, excerpt: excerptOf(comment.text.normalize('NFC'), hits) };
  },
});
