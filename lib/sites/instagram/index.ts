/** Instagram: posts and reels, also opened over a profile (instagram.com). */
import { defineSite } from '../core/types';
import { accountUrlFromPath } from '../core/url';
import { INSTAGRAM_SELECTORS, scanInstagram } from './adapter';
import { readInstagramBio } from './bio';

const CONTENT_PATH = /^\/(?:[A-Za-z0-9._]+\/)?(p|reel|reels|tv)\//;

export default defineSite({
  id: 'instagram',
  platform: 'instagram',
  name: 'Instagram',
  hosts: ['www.instagram.com'],
  accountHosts: ['instagram.com'],
  removalHelp: 'removalHowInstagram',
  selectors: INSTAGRAM_SELECTORS,
  scan: scanInstagram,
  readAccountInfo: readInstagramBio,
  accountUrl: (url) => accountUrlFromPath(url, 'https://www.instagram.com'),
  isContentPage: (url) => CONTENT_PATH.test(url.pathname),
  // Post URLs carry no account: the post's author handle is compared with the configured accounts.
  isOfficePage: ({ accountMatch, posts, officeAccounts }) => {
    if (accountMatch) return true;
    const handles = officeAccounts.map((a) => a.pathname.split('/').filter(Boolean)[0]?.toLowerCase());
    return posts.some((p) => p.authorName !== undefined && handles.includes(p.authorName.toLowerCase()));
  },
});
