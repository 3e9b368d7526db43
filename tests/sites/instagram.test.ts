// Instagram details beyond the generic fixture run: link parsing, rows, selector reports.
import { describe, expect, test } from 'vitest';
import {
  accountFromPostUrl,
  commentRefFromUrl,
  postCodeFromUrl,
  profileUrl,
} from '../../lib/sites/instagram/urls';
import { readPage, scanPage } from '../../lib/sites/index';
import { loadFixture as load } from './helpers';

const loadFixture = (name: string) => load('instagram', name);
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('Instagram URLs', () => {
  test.each([
    ['https://www.instagram.com/p/DExempelNo1/', 'DExempelNo1'],
    ['https://www.instagram.com/reel/DExempelNo2/', 'DExempelNo2'],
    ['https://www.instagram.com/norrby.exempel/p/DExempelNo3/?img_index=1', 'DExempelNo3'],
    ['https://www.instagram.com/p/DExempelNo1/c/17900000000000101/', 'DExempelNo1'],
    ['https://www.instagram.com/norrby.exempel/', null],
    ['https://www.instagram.com/explore/tags/norrby/', null],
    ['https://example.org/p/DExempelNo1/', null],
  ])('postCodeFromUrl(%s) → %s', (url, code) => {
    expect(postCodeFromUrl(new URL(url))).toBe(code);
  });

  test.each([
    ['https://www.instagram.com/p/ABC/c/111/', { code: 'ABC', id: '111', isReply: false }],
    ['https://www.instagram.com/p/ABC/c/111/r/222/', { code: 'ABC', id: '222', isReply: true, parentId: '111' }],
    ['https://www.instagram.com/acct/reel/ABC/c/111/', { code: 'ABC', id: '111', isReply: false }],
    ['https://www.instagram.com/p/ABC/c/notanumber/', null],
    ['https://www.instagram.com/p/ABC/', null],
    ['https://evil.example/p/ABC/c/111/', null],
  ])('commentRefFromUrl(%s)', (url, ref) => {
    expect(commentRefFromUrl(new URL(url))).toEqual(ref);
  });

  test.each([
    ['https://www.instagram.com/anna.exempelsson/', 'https://www.instagram.com/anna.exempelsson/'],
    ['https://www.instagram.com/anna.exempelsson', 'https://www.instagram.com/anna.exempelsson/'],
    ['https://www.instagram.com/explore/', null],
    ['https://www.instagram.com/p/ABC/', null],
    ['https://www.instagram.com/direct/inbox/', null],
  ])('profileUrl(%s) → %s', (url, profile) => {
    expect(profileUrl(new URL(url))).toBe(profile);
  });

  test('the account in /ACCOUNT/p/CODE/', () => {
    expect(accountFromPostUrl(new URL('https://www.instagram.com/norrby.exempel/p/X/'))).toBe('norrby.exempel');
    expect(accountFromPostUrl(new URL('https://www.instagram.com/p/X/'))).toBeNull();
  });
});

describe('fixtures', () => {
  test('post-sv: first-choice selectors, replies, the account\'s reply, truncation', () => {
    const { doc, url } = loadFixture('post-sv');
    const result = scanPage(doc, url);
    expect(result?.selectors).toEqual({
      commentLink: 'a[href*="/c/"] time[datetime]',
      commentText: 'span[dir="auto"]',
      commentAuthor: 'a[role="link"][href]',
      postText: 'h1[dir="auto"]',
      postAuthor: 'header a[role="link"][href]',
    });
    const comments = result?.snapshot.posts[0]?.comments ?? [];
    expect(comments.filter((c) => c.byOffice).map((c) => c.id)).toEqual(['17900000000000102']);
    expect(comments.filter((c) => c.truncated).map((c) => c.id)).toEqual(['17900000000000104']);
    // A row never takes in its replies, the reply toggle or the buttons.
    expect(comments[0]?.text).toBe('När öppnar simhallen igen? 🏊‍♀️');
  });

  test('reel-en: right-to-left text and emoji are kept as typed', () => {
    const { doc, url } = loadFixture('reel-en');
    const texts = readPage(doc, url)?.posts[0]?.comments.map((c) => c.text);
    expect(texts).toContain('متى يفتح المسبح مرة أخرى؟ 🙏');
    expect(texts).toContain('שלום! האם יש קורס שחייה לילדים בקיץ? 🏊');
  });

  test('changed-markup: only fallbacks match, comments, caption and account still read', () => {
    const { doc, url } = loadFixture('changed-markup');
    const result = scanPage(doc, url);
    expect(result?.selectors).toMatchObject({
      commentLink: 'a[href*="/c/"]',
      commentText: 'div[dir="auto"]',
      commentAuthor: 'h3 a[href]',
      postText: null,
      captionLink: 'a[href*="/p/"] time[datetime]',
      postAuthor: null,
    });
    expect(result?.found).toHaveLength(3);
    expect(result?.snapshot.posts[0]?.authorName).toBe('norrby.exempel');
  });
});

describe('the 2023 rendered layout (name and time in span[dir=auto] wrappers, caption after a time without a link)', () => {
  const layouts = ['post-2023-en', 'post-2023-sv', 'reel-2023-en'];

  test.each(layouts)('%s: no comment text starts with its author or time, and the caption is not the like count', (name) => {
    const { doc, url } = loadFixture(name);
    const post = readPage(doc, url)?.posts[0];
    expect(post?.comments.length).toBeGreaterThan(0);
    for (const comment of post?.comments ?? []) {
      expect(comment.text.startsWith(comment.authorName), comment.id).toBe(false);
      expect(comment.text.split('\n')).not.toContain(comment.postedLabel);
    }
    expect(post?.text).not.toMatch(/likes|gilla-markeringar/);
  });

  test('post-2023-en: the exact texts of the real page shape (4 comments, no replies)', () => {
    const { doc, url } = loadFixture('post-2023-en');
    const result = scanPage(doc, url);
    const post = result?.snapshot.posts[0];
    expect(post?.text).toBe('The outdoor gym by the lake is open again after the winter 💪 New benches and a pull-up bar for kids. #vasterby #outdoorgym');
    expect(post?.authorName).toBe('vasterby_fritid');
    expect(post?.comments.map((c) => [c.authorName, c.text])).toEqual([
      ['lisa.provberg', 'Finally! Are the lights on in the evenings too?'],
      ['omar_testlund', 'Great 👍👍'],
      ['maja.exempeldal', 'The path from the bus stop is still icy. Who do I call about that? My number is 070-1740631.'],
      ['nils_fiktiv', '@lisa.provberg they were on last night until 22'],
    ]);
    expect(result?.selectors).toMatchObject({
      commentLink: 'a[href*="/c/"] time[datetime]',
      commentText: 'span[dir="auto"]',
      postText: null,
      captionTime: 'time[datetime]',
      captionText: 'span[dir="auto"]',
    });
  });

  test('post-2023-sv: replies keep their parent, the account\'s reply is the office\'s, an unopened "Visa svar" adds nothing', () => {
    const { doc, url } = loadFixture('post-2023-sv');
    const comments = readPage(doc, url)?.posts[0]?.comments ?? [];
    expect(comments.map((c) => [c.id.slice(-3), c.isReply, c.parentId?.slice(-3), c.byOffice ?? false])).toEqual([
      ['601', false, undefined, false],
      ['602', true, '601', true],
      ['603', true, '601', false],
      ['604', false, undefined, false],
      ['605', false, undefined, false],
    ]);
  });
});

describe('odd pages', () => {
  test.each([
    ['empty', ''],
    ['comment link to another site', '<a href="https://evil.example/p/A/c/1/"><time datetime="2025-01-01T00:00:00Z">1 d</time></a>'],
    ['javascript link', '<a href="javascript:alert(1)//p/A/c/1/">x</a>'],
    ['deep nesting', '<div>'.repeat(400) + 'x' + '</div>'.repeat(400)],
  ])('%s: no comments, no throw', (_name, html) => {
    expect(readPage(parse(html), 'https://www.instagram.com/p/A/')).toEqual({ site: 'instagram', posts: [] });
  });

  test('a bad datetime gives no postedAt, only the label', () => {
    const html = '<main><ul><li><a href="/x.y/">x.y</a><span dir="auto">Hej</span><a href="/p/A/c/5/"><time datetime="igår">1 d</time></a></li></ul></main>';
    const comment = readPage(parse(html), 'https://www.instagram.com/p/A/')?.posts[0]?.comments[0];
    expect(comment).toEqual({
      id: '5',
      permalink: 'https://www.instagram.com/p/A/c/5/',
      authorName: 'x.y',
      authorUrl: 'https://www.instagram.com/x.y/',
      text: 'Hej',
      postedLabel: '1 d',
      isReply: false,
    });
  });
});

describe('comment identity (a hostile or careless page)', () => {
  const row = (user: string, text: string, id: string) =>
    `<li><a href="/${user}/">${user}</a><span dir="auto">${text}</span><a href="/p/A/c/${id}/"><time datetime="2025-01-01T10:00:00Z">1 d</time></a></li>`;
  const read = (html: string) => readPage(parse(`<main><ul>${html}</ul></main>`), 'https://www.instagram.com/p/A/')?.posts[0]?.comments;

  test('two different comments claiming one id are both kept, each with its own text, and both marked', () => {
    expect(read(row('anna.ex', 'Riktig fråga?', '7') + row('eve.ex', 'Något annat', '7'))?.map((c) => [c.id, c.authorName, c.text, c.idCollision])).toEqual([
      ['7', 'anna.ex', 'Riktig fråga?', true],
      ['7', 'eve.ex', 'Något annat', true],
    ]);
  });

  test('a link to another comment in the text does not become the id', () => {
    const pasted = row('karin.ex', 'Se <a href="/p/A/c/7/">/p/A/c/7/</a>', '8');
    expect(read(row('anna.ex', 'Fråga?', '7') + pasted)?.map((c) => [c.id, c.idCollision])).toEqual([
      ['7', undefined],
      ['8', undefined],
    ]);
  });
});
