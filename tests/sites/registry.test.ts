import { describe, expect, test } from 'vitest';
import { parseUrl } from '../../lib/sites/core/url';
import { siteForUrl } from '../../lib/sites/index';
import { createSiteRegistry, SITES, siteRegistry } from '../../lib/sites/registry';

describe('siteForUrl', () => {
  test.each([
    ['https://www.facebook.com/norrbyexempel/posts/pfbid0Exempel123', 'facebook'],
    ['https://web.facebook.com/norrbyexempel', 'facebook'],
    ['https://WWW.FACEBOOK.COM/norrbyexempel', 'facebook'],
    ['https://www.facebook.com/', 'facebook'],
    ['https://business.facebook.com/latest/inbox/facebook', 'business-suite'],
    ['https://www.instagram.com/p/CODE/', 'instagram'],
    ['https://www.instagram.com/reel/CODE/', 'instagram'],
    ['https://www.instagram.com/norrby.exempel/p/CODE/?img_index=1', 'instagram'],
    ['https://www.facebook.com/groups/900000000000001/posts/900000000000101/', 'facebook'],
    ['https://www.facebook.com/groups/900000000000001/permalink/900000000000101/', 'facebook'],
    ['https://www.facebook.com/photo/?fbid=900000000000201&set=a.900000000000200', 'facebook'],
    ['https://www.facebook.com/watch/?v=900000000000301', 'facebook'],
    ['https://www.facebook.com/reel/900000000000401', 'facebook'],
    ['https://business.facebook.com/latest/inbox/all?asset_id=61550000000404', 'business-suite'],
    ['https://business.facebook.com/latest/posts/published_posts?asset_id=61550000000404', 'business-suite'],
  ])('%s → %s', (url, site) => {
    expect(siteForUrl(new URL(url))).toBe(site);
  });

  test.each([
    ['http://www.facebook.com/norrbyexempel', 'plain http'],
    ['http://www.instagram.com/', 'plain http'],
    ['https://facebook.com.evil.example/norrbyexempel', 'lookalike suffix'],
    ['https://www.facebook.com.evil.example/', 'lookalike suffix'],
    ['https://evilfacebook.com/', 'lookalike prefix'],
    ['https://www-facebook.com/', 'lookalike host'],
    ['https://www.facebook.co/', 'other TLD'],
    ['https://www.facebook.com.:443/', 'trailing dot'],
    ['https://m.facebook.com/story.php?story_fbid=1&id=2', 'mobile site: its markup is not read, so it is not supported'],
    ['https://www.facebook.com:8443/', 'non-default port'],
    ['https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.org', 'link shim'],
    ['https://developers.facebook.com/docs', 'other Facebook site'],
    ['https://instagram.com.evil.example/', 'lookalike suffix'],
    ['https://instagram.com/p/CODE/', 'bare instagram.com (redirects to www)'],
    ['https://business.facebook.com.evil.example/latest/inbox', 'lookalike suffix'],
    ['https://example.org/?next=https://www.facebook.com/', 'Facebook only in the query'],
    ['file:///home/user/www.facebook.com.html', 'saved file'],
    ['chrome-extension://abc/popup.html', 'extension page'],
  ])('%s → null (%s)', (url) => {
    expect(siteForUrl(new URL(url))).toBeNull();
  });
});

describe('parseUrl', () => {
  test.each([['not a url'], [''], ['https://'], ['//www.facebook.com/']])('%j → null', (text) => {
    expect(parseUrl(text)).toBeNull();
  });

  test('resolves relative to a base', () => {
    expect(parseUrl('/norrbyexempel', 'https://www.facebook.com/x')?.href).toBe(
      'https://www.facebook.com/norrbyexempel',
    );
  });
});

const OFFICE = ['https://www.facebook.com/norrbyexempel', 'https://www.instagram.com/norrby.exempel/'];

describe('page kinds', () => {
  test.each([
    ['https://www.facebook.com/norrbyexempel/posts/pfbid0Exempel123', true],
    ['https://www.facebook.com/permalink.php?story_fbid=1&id=2', true],
    ['https://www.facebook.com/photo/?fbid=9', true],
    ['https://www.instagram.com/p/DExempelNo1/', true],
    ['https://www.instagram.com/reel/DExempelNo2/', true],
    ['https://www.instagram.com/norrby.exempel/p/DExempelNo1/', true],
    ['https://business.facebook.com/latest/inbox/facebook?asset_id=1', true],
    ['https://www.facebook.com/', false],
    ['https://www.facebook.com/messages/t/1', false],
    ['https://www.instagram.com/explore/', false],
    ['https://www.instagram.com/norrby.exempel/', false],
    ['https://example.org/posts/1', false],
  ])('%s expects comments: %s', (url, expected) => {
    expect(siteRegistry.isContentPage(url)).toBe(expected);
  });

  test.each([
    ['https://www.facebook.com/norrbyexempel/posts/pfbid0Exempel123', null, true],
    ['https://www.facebook.com/NorrbyExempel/', null, true],
    ['https://web.facebook.com/norrbyexempel/posts/1', null, true],
    ['https://www.facebook.com/annanforvaltning/posts/1', null, false],
    ['https://business.facebook.com/latest/inbox/all', null, true],
    ['https://www.instagram.com/p/DExempelNo1/', 'norrby.exempel', true],
    ['https://www.instagram.com/p/DExempelNo1/', 'someone.else', false],
    // A Facebook Page that happens to share the Instagram handle is not the office's Facebook account.
    ['https://www.facebook.com/someone.else/posts/1', 'norrby.exempel', false],
  ])('%s (post by %s) is an office page: %s', (url, author, expected) => {
    const posts = author ? [{ authorName: author, text: '', comments: [] }] : [];
    expect(siteRegistry.isOfficePage(url, posts, OFFICE)).toBe(expected);
  });

  test('treats every page as the office page until accounts are configured', () => {
    expect(siteRegistry.isOfficePage('https://www.facebook.com/annanforvaltning/posts/1', [], [])).toBe(true);
  });

  test.each([
    ['https://www.facebook.com/norrbyexempel/posts/1', 'https://www.facebook.com/norrbyexempel'],
    ['https://facebook.com/norrbyexempel', 'https://www.facebook.com/norrbyexempel'],
    ['https://www.facebook.com/profile.php?id=61550000000404&sk=about', 'https://www.facebook.com/profile.php?id=61550000000404'],
    ['https://www.instagram.com/norrby.exempel/', 'https://www.instagram.com/norrby.exempel'],
    ['https://instagram.com/norrby.exempel/', 'https://www.instagram.com/norrby.exempel'],
    ['https://example.org/norrbyexempel', null],
  ])('the account of %s is %s', (url, account) => {
    expect(siteRegistry.accountUrl(url)).toBe(account);
  });
});

describe('the site registry', () => {
  test('derives the content-script matches from the hosts, one per host, https only', () => {
    expect([...siteRegistry.matches].sort()).toEqual(SITES.flatMap((s) => s.hosts.map((h) => `https://${h}/*`)).sort());
    expect(siteRegistry.matches.every((m) => /^https:\/\/[a-z.]+\/\*$/.test(m))).toBe(true);
  });

  test('m.facebook.com (the mobile site, markup no adapter reads) is dropped everywhere: page, matches, office accounts', () => {
    const mobile = 'https://m.facebook.com/norrbyexempel';
    expect(siteForUrl(new URL(mobile))).toBeNull();
    expect(siteRegistry.matches.some((m) => m.includes('m.facebook.com'))).toBe(false);
    expect(siteRegistry.isAccountUrl(mobile)).toBe(false);
    expect(SITES.flatMap((s) => [...s.hosts, ...s.accountHosts])).not.toContain('m.facebook.com');
  });

  test('refuses two sites claiming one host or one id', () => {
    const [facebook, businessSuite] = SITES;
    expect(() => createSiteRegistry([facebook, { ...businessSuite, hosts: ['www.facebook.com'] }])).toThrow(/claimed/);
    expect(() => createSiteRegistry([facebook, facebook])).toThrow(/two sites/);
  });

  test('answers an unknown site id with an error, never a silent default', () => {
    expect(() => siteRegistry.byId('tiktok' as never)).toThrow(/unknown site/);
  });
});
