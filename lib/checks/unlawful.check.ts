/** Possibly unlawful content (BBS-lagen 5 §): document and remove, always with a legal ground. */
import { defineCheck } from './define';
import { excerptOf } from './excerpt';
import { judgeHits, unlawfulHits, withoutModelForOwn } from './unlawful';
import { unlawfulView, type UnlawfulJudgement } from './unlawful.view';

export default defineCheck({
  ...unlawfulView,
  run(comment, ctx): UnlawfulJudgement {
    // The same spans findUnlawfulCandidates judges by; the excerpt shows them to the moderator.
    const hits = withoutModelForOwn(unlawfulHits(comment.text, ctx.wordLists?.unlawful), Boolean(ctx.own));
    // The office's own comments are not removed as unlawful content: no removal controls for them.
    return { ...judgeHits(hits), excerpt: excerptOf(comment.text.normalize('NFC'), hits), ...(ctx.own ? { own: true as const } : {}) };
  },
});
