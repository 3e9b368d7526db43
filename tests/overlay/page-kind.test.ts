import { describe, expect, it } from 'vitest';
import { isOfficePage, looksLikeContentPage } from '../../lib/overlay/page-kind';

const OFFICE = ['https://www.facebook.com/norrbyexempel', 'https://www.instagram.com/norrby.exempel/'];

describe('page kinds', () => {
  it.each([
    ['https://www.facebook.com/norrbyexempel/posts/pfbid0Exempel123', true],
    ['https://www.facebook.com/permalink.php?story_fbid=1&id=2', true],
    ['https://www.facebook.com/photo/?fbid=9', true],
    ['https://www.instagram.com/p/DExempelNo1/', true],
    ['https://www.instagram.com/reel/DExempelNo2/', true],
    ['https://business.facebook.com/latest/inbox/facebook?asset_id=1', true],
    ['https://www.facebook.com/', false],
    ['https://www.facebook.com/messages/t/1', false],
    ['https://www.instagram.com/explore/', false],
  ])('%s expects comments: %s', (url, expected) => {
    expect(looksLikeContentPage(url)).toBe(expected);
  });

  it.each([
    ['https://www.facebook.com/norrbyexempel/posts/pfbid0Exempel123', null, true],
    ['https://www.facebook.com/NorrbyExempel/', null, true],
    ['https://www.facebook.com/annanforvaltning/posts/1', null, false],
    ['https://business.facebook.com/latest/inbox/all', null, true],
    ['https://www.instagram.com/p/DExempelNo1/', 'norrby.exempel', true],
    ['https://www.instagram.com/p/DExempelNo1/', 'someone.else', false],
  ])('%s (post by %s) is an office page: %s', (url, author, expected) => {
    const snapshot = { site: 'facebook' as const, posts: author ? [{ authorName: author, text: '', comments: [] }] : [] };
    expect(isOfficePage(url, snapshot, OFFICE)).toBe(expected);
  });

  it('treats every page as the office page until accounts are configured', () => {
    expect(isOfficePage('https://www.facebook.com/annanforvaltning/posts/1', null, [])).toBe(true);
  });
});
