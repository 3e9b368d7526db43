// npm run fixture:add (issue 16): an anonymised copy becomes a fixture with the reader's expected JSON.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, expect, test } from 'vitest';
import { addFixture } from '../../scripts/fixture-add';
import { anonymisedCopy } from '../../lib/sites/anonymise';
import { readPage } from '../../lib/sites/index';
import { loadFixture } from './helpers';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'fixture-add-'));
  dirs.push(dir);
  return dir;
};

test('writes the page and the reader\'s expected JSON for review, and refuses to overwrite', async () => {
  const { doc, url, expected } = loadFixture('instagram', 'post-2023-sv');
  const copy = anonymisedCopy(doc, url, { seed: 3 })!;
  const dir = temp();
  const file = join(dir, 'sidkopia.html');
  writeFileSync(file, copy.html);
  const added = await addFixture({ file, site: 'instagram', name: 'from-user', root: join(dir, 'sites') });
  expect(added).toMatchObject({ posts: 1, comments: 5, replies: 2 });
  expect(readFileSync(added.html, 'utf8')).toBe(copy.html);
  const written = JSON.parse(readFileSync(added.expected, 'utf8'));
  expect(written).toEqual(JSON.parse(JSON.stringify(readPage(parseHTML(copy.html).document as unknown as Document, copy.url))));
  expect(written.posts[0].comments.map((c: { isReply: boolean }) => c.isReply)).toEqual(expected.posts[0]!.comments.map((c) => c.isReply));
  await expect(addFixture({ file, site: 'instagram', name: 'from-user', root: join(dir, 'sites') })).rejects.toThrow(/exists/);
  await expect(addFixture({ file, site: 'instagram', name: 'from-user', root: join(dir, 'sites'), force: true })).resolves.toMatchObject({ comments: 5 });
});

test('refuses a page of another site, an unknown site and a bad name', async () => {
  const dir = temp();
  const file = join(dir, 'page.html');
  writeFileSync(file, loadFixture('facebook', 'page-post-sv').html);
  await expect(addFixture({ file, site: 'instagram', name: 'x', root: dir })).rejects.toThrow(/not a instagram page/);
  await expect(addFixture({ file, site: 'tiktok', name: 'x', root: dir })).rejects.toThrow(/unknown site/);
  await expect(addFixture({ file, site: 'facebook', name: '../x', root: dir })).rejects.toThrow(/lower-case/);
});
