/**
 * cleanUrl and cleanProfileUrl read the clean link from the href instead of building a copy through the
 * URL setters (a copy per comment was the dearest step of reading one). This compares them with the
 * setter-based reading they replaced, on the links Facebook writes and on the edge cases of URL syntax (cleanUrl
 * reads a plainly written query itself and leaves encoded ones to URLSearchParams: both paths are here).
 */
import { describe, expect, it } from 'vitest';
import { cleanProfileUrl, cleanUrl } from '../../lib/sites/facebook/urls';

const TRACKING = new Set(['ref', 'refid', 'fref', 'hc_ref', 'hc_location', 'notif_id', 'notif_t', 'ref_notif_type', 'mibextid', 'rdid', 'paipv', 'eav', 'comment_tracking', 'acontext', 'sfnsn', 'extid', 'hoisted_section_header_type', '_rdc', '_rdr']);

function cleanUrlBySetters(url: URL, dropComment = false): string {
  const copy = new URL(url.href);
  const names = new Set<string>();
  copy.searchParams.forEach((_, name) => names.add(name));
  names.forEach((name) => {
    if (name.startsWith('__') || TRACKING.has(name) || (dropComment && (name === 'comment_id' || name === 'reply_comment_id'))) copy.searchParams.delete(name);
  });
  copy.hash = '';
  return copy.href;
}

function cleanProfileUrlBySetters(url: URL): string {
  const copy = new URL(url.href);
  const id = copy.pathname === '/profile.php' ? copy.searchParams.get('id') : null;
  copy.search = id ? `?id=${encodeURIComponent(id)}` : '';
  copy.hash = '';
  return copy.href;
}

const LINKS = [
  'https://www.facebook.com/Stadsdelsforvaltning.Exempel/posts/pfbid0abc?comment_id=1234567890&__cft__[0]=AZW-x_y&__tn__=R]-R',
  'https://www.facebook.com/Stadsdelsforvaltning.Exempel/posts/pfbid0abc?comment_id=1234567890&__cft__%5B0%5D=AZW-x_y&__tn__=R%5D-R',
  'https://www.facebook.com/Stadsdelsforvaltning.Exempel/posts/pfbid0abc?comment_id=Y29tbWVudDoxMjNfNDU2&reply_comment_id=789&__cft__[0]=x',
  'https://www.facebook.com/anna.exempelsson?comment_id=Y29tbWVudDoxMjNfNDU2&__cft__[0]=AZ&__tn__=R]-R',
  'https://www.facebook.com/profile.php?id=100000000000001&comment_id=55&__cft__[0]=AZ#anchor',
  'https://www.facebook.com/profile.php?id=100%20000&__tn__=x',
  'https://www.facebook.com/profile.php?fref=nf',
  'https://www.facebook.com/profile.php',
  'https://www.facebook.com/sara.exempel',
  'https://www.facebook.com/sara.exempel?',
  'https://www.facebook.com/sara.exempel?#',
  'https://www.facebook.com/sara.exempel#',
  'https://www.facebook.com/sara.exempel?#top',
  'https://www.facebook.com/sara.exempel?fref=nf#top',
  'https://www.facebook.com/sara.exempel?a=1&fref=nf&b=two+words&c=%C3%A5%20x',
  'https://www.facebook.com/sara.exempel?a=1&b=%7E*-._&c=ä ö&fref=1',
  'https://www.facebook.com/sara.exempel?q=keep&r=%ZZ&ref=x',
  'https://www.facebook.com/sara.exempel?=empty&&x&ref=1',
  'https://www.facebook.com/sara.exempel?keep=1',
  'https://www.facebook.com/sara.exempel?keep=a+b%20c#frag',
  'https://user:pw@www.facebook.com:444/sara.exempel?ref=1&x=1#f',
  'https://business.facebook.com/latest/posts/published_posts?asset_id=1&__cft__[0]=x&comment_id=9',
  'https://www.facebook.com/permalink.php?story_fbid=pfbid0x&id=100&comment_id=1&reply_comment_id=2',
  'https://www.facebook.com/groups/123/user/456/?__cft__[0]=x',
  // Read without URLSearchParams when every kept parameter is written plainly; the rest fall back to it.
  'https://www.facebook.com/a?comment_id=1&__cft__[0]=AZ-x.y*z_&keep=a~b',
  'https://www.facebook.com/a?x=1&x=2&ref=3&x',
  'https://www.facebook.com/a?comment_id=12&__tn__=R]-R&v=a=b',
  'https://www.facebook.com/a?comment_id=12&reply_comment_id=13&__tn__=R]-R#x',
  'https://www.facebook.com/a?__tn__=R&ref=1',
  'https://www.facebook.com/a?k%65ep=1&ref=2',
  'https://www.facebook.com/a?_%5F=1&keep=2',
  'https://www.facebook.com/a?a+b=1&ref=2',
];

describe('cleanUrl and cleanProfileUrl read from the href', () => {
  it.each(LINKS)('%s', (href) => {
    const url = new URL(href);
    expect(cleanUrl(url)).toBe(cleanUrlBySetters(url));
    expect(cleanUrl(url, { dropComment: true })).toBe(cleanUrlBySetters(url, true));
    expect(cleanProfileUrl(url)).toBe(cleanProfileUrlBySetters(url));
  });

  it('drops tracking and keeps the comment, as before', () => {
    expect(cleanUrl(new URL(LINKS[0]!))).toBe('https://www.facebook.com/Stadsdelsforvaltning.Exempel/posts/pfbid0abc?comment_id=1234567890');
    expect(cleanProfileUrl(new URL(LINKS[4]!))).toBe('https://www.facebook.com/profile.php?id=100000000000001');
  });
});
