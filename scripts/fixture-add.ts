/**
 * npm run fixture:add -- FILE SITE NAME [--force]
 *
 * Turns a saved page (an anonymised copy from "Spara anonymiserad sidkopia") into a site fixture:
 * tests/fixtures/sites/SITE/NAME.html and NAME.expected.json, the reader's output for review by hand.
 * The page must carry <meta name="fixture-url"> on SITE; both DOM libraries the tests use must read it alike.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { readPage } from '../lib/sites/index';
import { SITE_IDS, siteRegistry } from '../lib/sites/registry';

export interface AddFixture {
  file: string;
  site: string;
  name: string;
  /** tests/fixtures/sites by default. */
  root?: string;
  force?: boolean;
}

export interface AddedFixture {
  html: string;
  expected: string;
  posts: number;
  comments: number;
  replies: number;
}

export async function addFixture({ file, site, name, root = resolve(import.meta.dirname, '../tests/fixtures/sites'), force = false }: AddFixture): Promise<AddedFixture> {
  if (!(SITE_IDS as readonly string[]).includes(site)) throw new Error(`unknown site "${site}"; one of: ${SITE_IDS.join(', ')}`);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`fixture name "${name}": lower-case letters, digits and dashes only`);
  const html = readFileSync(file, 'utf8');
  const linked = parseHTML(html).document as unknown as Document;
  const url = linked.querySelector('meta[name="fixture-url"]')?.getAttribute('content') ?? '';
  if (siteRegistry.siteForUrl(url)?.id !== site) throw new Error(`<meta name="fixture-url" content="${url}"> is not a ${site} page`);
  const window = new Window();
  try {
    const happy = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const snapshot = readPage(linked, url);
    if (JSON.stringify(readPage(happy, url)) !== JSON.stringify(snapshot)) throw new Error('happy-dom and linkedom read this page differently');
    const dir = join(root, site);
    const target = join(dir, `${name}.html`);
    const expected = join(dir, `${name}.expected.json`);
    if (!force && (existsSync(target) || existsSync(expected))) throw new Error(`${target} exists (use --force to replace it)`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(target, html);
    writeFileSync(expected, `${JSON.stringify(snapshot, null, 2)}\n`);
    const comments = snapshot?.posts.flatMap((p) => p.comments) ?? [];
    return { html: target, expected, posts: snapshot?.posts.length ?? 0, comments: comments.length, replies: comments.filter((c) => c.isReply).length };
  } finally {
    await window.happyDOM.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const [file, site, name] = args.filter((a) => a !== '--force');
  if (!file || !site || !name) {
    console.error('usage: npm run fixture:add -- FILE SITE NAME [--force]');
    process.exit(2);
  }
  addFixture({ file, site, name, force }).then(
    (added) => {
      console.log(`wrote ${added.html}\nwrote ${added.expected}: ${added.posts} post(s), ${added.comments} comment(s), ${added.replies} of them replies`);
      console.log('Now check the expected JSON by hand against the page, add the name to tests/sites/fixtures.test.ts and a row to the folder README (which real layout it mirrors).');
    },
    (error: Error) => {
      console.error(`fixture:add: ${error.message}`);
      process.exit(1);
    },
  );
}
