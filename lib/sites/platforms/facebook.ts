/**
 * The sites of one platform: Facebook and Meta Business Suite, which shares Facebook's reader. Each platform has a content
 * script of its own (entrypoints/facebook.content), so a Facebook page never loads Instagram's reader nor the other way
 * round; lib/sites/registry.ts joins the platforms' lists into the one list of supported sites.
 */
import businessSuite from '../business-suite';
import facebook from '../facebook';
import { createSiteRegistry } from '../site-registry';

export const FACEBOOK_SITES = [facebook, businessSuite] as const;

export const facebookSites = createSiteRegistry<(typeof FACEBOOK_SITES)[number]>(FACEBOOK_SITES);
