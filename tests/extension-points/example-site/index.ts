/**
 * A test-only fifth site (a small forum on forum.example.org), written exactly as a new site would be:
 * one folder with its definition. Registered only in tests, through the same registry factory as the
 * product's sites, to prove that a new site needs no change anywhere else.
 */
import type { Comment } from '../../../lib/model/page';
import { firstMatch } from '../../../lib/sites/core/select';
import { readText } from '../../../lib/sites/core/text';
import { defineSite, type FoundComment, type SelectorReport } from '../../../lib/sites/core/types';
import { accountUrlFromPath } from '../../../lib/sites/core/url';

const SELECTORS = {
  comment: ['li.reply[data-reply-id]'],
  text: ['.reply-body'],
  author: ['.reply-author a[href]'],
  postText: ['article.thread > .thread-body'],
};

export default defineSite({
  id: 'example-forum',
  platform: 'example-forum',
  name: 'Exempelforum',
  hosts: ['forum.example.org'],
  selectors: SELECTORS,
  scan(doc, url) {
    const report: SelectorReport = {};
    const body = firstMatch(doc, 'postText', SELECTORS.postText, report)?.[0];
    const post = { text: body ? readText(body) : '', permalink: url.origin + url.pathname };
    const found: FoundComment[] = (firstMatch(doc, 'comment', SELECTORS.comment, report) ?? []).map((element) => {
      const author = firstMatch(element, 'author', SELECTORS.author, report)?.[0];
      const text = firstMatch(element, 'text', SELECTORS.text, report)?.[0];
      const comment: Comment = {
        id: element.getAttribute('data-reply-id')!,
        authorName: author ? readText(author) : '',
        text: text ? readText(text) : '',
        isReply: false,
      };
      return { comment, post, element };
    });
    return { snapshot: { site: 'example-forum', posts: found.length ? [{ ...post, comments: found.map((f) => f.comment) }] : [] }, found, selectors: report };
  },
  accountUrl: (url) => accountUrlFromPath(url),
  isContentPage: (url) => url.pathname.startsWith('/t/'),
});
