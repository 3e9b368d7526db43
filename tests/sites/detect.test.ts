import { describe, expect, test } from 'vitest';
import { parseUrl, siteForUrl } from '../../lib/sites/detect';

describe('siteForUrl', () => {
  test.each([
    ['https://www.facebook.com/norrbyexempel/posts/pfbid0Exempel123', 'facebook'],
    ['https://web.facebook.com/norrbyexempel', 'facebook'],
    ['https://m.facebook.com/story.php?story_fbid=1&id=2', 'facebook'],
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
