/**
 * Benchmark pages: the e2e suite's generated Facebook post markup, with the labelled corpus's texts in
 * place of its one repeated sentence, so the checks see the mix of lengths, questions, numbers and
 * vocabulary hits a real comment thread has (a page of identical short sentences flatters a matcher).
 */
import { readFileSync } from 'node:fs';
import { generatedPost, type GeneratedPost } from '../../e2e/support/generated-post';

const CORPUS = new URL('../../fixtures/texts/corpus/comments.jsonl', import.meta.url);

let texts: string[] | undefined;
function corpusTexts(): string[] {
  texts ??= readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
  return texts;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);
}

/** A post page with `count` comments; `offset` picks where in the corpus the texts start. */
export function benchPost(count: number, idPrefix: string, postId: string, offset = 0): GeneratedPost {
  const post = generatedPost(count, idPrefix, postId);
  const all = corpusTexts();
  const html = post.html.replace(
    />Kommentar nummer (\d+) om cykelbanan\.</g,
    (_, n: string) => `>${escapeHtml(all[(offset + Number(n) - 1) % all.length] as string)}<`,
  );
  return { ...post, html };
}

/** Only the comment blocks of a generated page, to append to an open page as "Visa fler kommentarer" does. */
export function commentBlocks(post: GeneratedPost): string {
  const start = post.html.indexOf('<div class="x1n2onr6 x1ye3gou">');
  const end = post.html.lastIndexOf('</div></body>');
  return post.html.slice(start, end);
}

/**
 * The markup of `batches` batches of `size` comments each, to append one after another to the post `postId` that
 * starts with `initial` comments (the live-growth run and the investigation scripts' growth mode).
 */
export function growthBatches(postId: string, initial: number, batches = 10, size = 50): string[] {
  return Array.from({ length: batches }, (_, k) => commentBlocks(benchPost(size, `8${k}00000`, postId, initial + k * size)));
}
