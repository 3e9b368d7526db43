/**
 * Meta Business Suite (business.facebook.com): its inbox and post views render Facebook's own comment
 * components, so it shares Facebook's reader with a few extra selectors.
 */
import { defineSite } from '../core/types';
import { scanFacebook } from '../facebook/adapter';
import { facebookAccountUrl, isFacebookContentPage } from '../facebook/pages';
import { placeBeside } from '../facebook/placement';
import { BUSINESS_SUITE_SELECTORS } from './selectors';

const VIEWS = /^\/latest\/(inbox|posts)(\/|$)/;

export default defineSite({
  id: 'business-suite',
  platform: 'facebook',
  name: 'Meta Business Suite',
  hosts: ['business.facebook.com'],
  removalHelp: 'removalHowBusinessSuite',
  selectors: BUSINESS_SUITE_SELECTORS,
  scan: (doc, url, memo) => scanFacebook(doc, url, 'business-suite', BUSINESS_SUITE_SELECTORS, memo),
  accountUrl: facebookAccountUrl,
  isContentPage: (url) => VIEWS.test(url.pathname) || isFacebookContentPage(url),
  // Business Suite only ever shows accounts the user administers.
  isOfficePage: () => true,
  place: placeBeside,
});
