/** The sites of one platform: Instagram (see platforms/facebook.ts). Its content script is entrypoints/instagram.content. */
import instagram from '../instagram';
import { createSiteRegistry } from '../site-registry';

export const INSTAGRAM_SITES = [instagram] as const;

export const instagramSites = createSiteRegistry<(typeof INSTAGRAM_SITES)[number]>(INSTAGRAM_SITES);
