// The account's about/intro view (Facebook) and bio (Instagram), read from saved pages; the page panel
// shows found and missing pieces with a suggested text, and the result is reported for the round view.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { preactRenderer } from '../../components/overlay/render';
import { checkBaseInfo } from '../../lib/checks/base-info';
import { shadowOf } from '../../lib/overlay/hosts';
import { OverlayController, PANEL_TAG, type OverlayDeps } from '../../lib/overlay/controller';
import { readFacebookAbout } from '../../lib/sites/facebook/about';
import { readInstagramBio } from '../../lib/sites/instagram/bio';
import { LAYOUT_FREE } from '../helpers/overlay';
import { checkRegistry } from '../../lib/checks/registry';
import { siteRegistry } from '../../lib/sites/registry';

const fixture = (name: string) => {
  const html = readFileSync(join(import.meta.dirname, '../fixtures/own-account', `${name}.html`), 'utf8');
  return { html, url: /<meta name="fixture-url" content="([^"]+)"/.exec(html)![1]! };
};
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const about = fixture('facebook-about-sv');
const bio = fixture('instagram-bio-sv');
const post = fixture('own-post-sv');

describe('reading the account\'s own information', () => {
  it('Facebook about view: the "Om" card\'s text and its links, the redirect decoded', () => {
    const info = readFacebookAbout(parse(about.html), new URL(about.url))!;
    expect(info.text).toContain('är en del av Stockholms stad');
    expect(info.text).toContain('Regler för kommentarer');
    expect(info.text).not.toContain('Sök på Facebook');
    expect(info.links).toContain('https://norrby.example.org/om-webbplatsen/personuppgifter');
    expect(checkBaseInfo(info.text, info.links).missing).toEqual(['public-record']);
  });

  it('Instagram bio: name, category and bio text without stats or buttons; the bio link decoded', () => {
    const info = readInstagramBio(parse(bio.html), new URL(bio.url))!;
    expect(info.text).toContain('Stockholms stads konto för Norrby');
    expect(info.text).not.toMatch(/följare|Följ|Meddelande/);
    expect(info.links).toEqual(['https://norrby.example.org/sociala-medier']);
    expect(info.name).toBe('norrby.exempel');
    expect(checkBaseInfo(info.text, info.links).missing).toEqual(['personal-data', 'participation']);
  });

  it('a post page is no about view, and an Instagram post is no profile', () => {
    expect(readFacebookAbout(parse(post.html), new URL(post.url))).toBeNull();
    expect(readInstagramBio(parse(bio.html), new URL('https://www.instagram.com/p/C0de/'))).toBeNull();
  });
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => {
  vi.useRealTimers();
});

function setup(page: { html: string; url: string }, overrides: Partial<OverlayDeps> = {}) {
  document.documentElement.innerHTML = new DOMParser().parseFromString(page.html, 'text/html').documentElement.innerHTML;
  const onAccountInfo = vi.fn();
  const deps: OverlayDeps = {
    doc: document,
    checks: checkRegistry,
    getUrl: () => page.url,
    css: ':host{}',
    render: preactRenderer,
    isTrusted: () => true,
    ...LAYOUT_FREE,
    officeAccounts: ['https://www.facebook.com/norrbyexempel', 'https://www.instagram.com/norrby.exempel/'],
    record: vi.fn(async () => ({ ok: false as const, error: 'internal' as const })),
    status: vi.fn(async () => ({ ok: true as const, value: {} })),
    onAccountInfo,
    sites: siteRegistry,
    ...overrides,
  };
  return { onAccountInfo, controller: new OverlayController(deps) };
}
const panel = () => shadowOf(document.querySelector(PANEL_TAG)!)!;
const pieces = () => Object.fromEntries([...panel().querySelectorAll<HTMLElement>('[data-testid=base-piece]')].map((li) => [li.dataset.piece, li.dataset.found]));
const flush = () => vi.advanceTimersByTimeAsync(300);

describe('the page panel on the office account\'s about view', () => {
  it('shows which pieces were found and which are missing, with a suggested text, and reports it once', async () => {
    const { controller, onAccountInfo } = setup(about);
    controller.scan();
    await flush();
    expect(pieces()).toEqual({ sender: 'true', 'personal-data': 'true', participation: 'true', 'public-record': 'false' });
    expect([...panel().querySelectorAll('[data-testid=base-suggestion]')].map((q) => q.textContent)).toEqual(['baseSuggestPublicRecord']);
    expect(panel().querySelector('[data-testid=base-copy-public-record]')).not.toBeNull();
    controller.scan();
    await flush();
    expect(onAccountInfo).toHaveBeenCalledOnce();
    expect(onAccountInfo).toHaveBeenCalledWith({ pageUrl: about.url, name: 'Stadsdelsförvaltning Norrby (exempel)', found: ['sender', 'personal-data', 'participation'], missing: ['public-record'] });
    controller.stop();
  });

  it('says nothing about another account\'s about view', async () => {
    const { controller, onAccountInfo } = setup(about, { officeAccounts: ['https://www.facebook.com/annan.forvaltning.exempel'] });
    controller.scan();
    await flush();
    expect(panel().querySelector('[data-testid=base-info]')).toBeNull();
    expect(onAccountInfo).not.toHaveBeenCalled();
    controller.stop();
  });

  it('on the office\'s Instagram profile, lists the bio\'s missing pieces', async () => {
    const { controller } = setup(bio);
    controller.scan();
    await flush();
    expect(pieces()).toEqual({ sender: 'true', 'personal-data': 'false', participation: 'false', 'public-record': 'true' });
    controller.stop();
  });
});
