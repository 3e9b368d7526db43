/**
 * The one list of supported sites. Adding a site is one folder under lib/sites/ and one line in its platform's list
 * (lib/sites/platforms/); the site and platform enums, the content scripts' matches, the settings' account check, the e2e
 * host list and the fixture folders the tests walk are all derived from this list. A new platform also needs its content
 * script, a two-line file beside entrypoints/facebook.content (tests/architecture/content-scripts.test.ts says so).
 */
import type { SiteDefinition } from './core/types';
import { FACEBOOK_SITES } from './platforms/facebook';
import { INSTAGRAM_SITES } from './platforms/instagram';
import { createSiteRegistry } from './site-registry';

export const SITES = [...FACEBOOK_SITES, ...INSTAGRAM_SITES] as const;

export type Site = (typeof SITES)[number]['id'];
export type Platform = (typeof SITES)[number]['platform'];
export type AnySite = SiteDefinition;

/** Ids without repeats, typed as a non-empty tuple (what z.enum takes; zod stays out of this module). */
const unique = <T extends string>(values: readonly T[]) => [...new Set(values)] as [T, ...T[]];
export const SITE_IDS = unique<Site>(SITES.map((s) => s.id));
export const PLATFORM_IDS = unique<Platform>(SITES.map((s) => s.platform));

export const siteRegistry = createSiteRegistry<(typeof SITES)[number]>(SITES);

export { createSiteRegistry, type SiteRegistry } from './site-registry';
