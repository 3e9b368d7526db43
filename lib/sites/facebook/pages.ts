/** Which Facebook pages hold comments, and whose account a Facebook URL belongs to. */
import { accountUrlFromPath } from '../core/url';

/** Posts, permalinks, photos, videos, watch and reels; `story_fbid=` on old-style permalinks. */
const CONTENT_PATH = /\/(posts|permalink|photo|photos|videos|watch|reel|reels)(\/|\.php|$)|story_fbid=/;

export function isFacebookContentPage(url: URL): boolean {
  return CONTENT_PATH.test(url.pathname + url.search);
}

/** Facebook serves one account on several hosts (www, web, business): records name it on www. */
export function facebookAccountUrl(url: URL): string {
  return accountUrlFromPath(url, 'https://www.facebook.com');
}
