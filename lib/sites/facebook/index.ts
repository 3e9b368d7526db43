/** Facebook: Page timelines and posts, groups, the photo viewer (facebook.com). */
import { defineSite } from '../core/types';
import { readFacebookAbout } from './about';
import { scanFacebook } from './adapter';
import { facebookAccountUrl, isFacebookContentPage } from './pages';
import { placeBeside } from './placement';
import { FACEBOOK_SELECTORS } from './selectors';

export default defineSite({
  id: 'facebook',
  platform: 'facebook',
  name: 'Facebook',
  // m.facebook.com serves a different, mobile markup this adapter was never built for: not supported.
  hosts: ['www.facebook.com', 'web.facebook.com'],
  accountHosts: ['facebook.com'],
  removalHelp: 'removalHowFacebook',
  selectors: FACEBOOK_SELECTORS,
  scan: (doc, url, memo) => scanFacebook(doc, url, 'facebook', FACEBOOK_SELECTORS, memo),
  accountUrl: facebookAccountUrl,
  isContentPage: isFacebookContentPage,
  place: placeBeside,
  readAccountInfo: readFacebookAbout,
});
