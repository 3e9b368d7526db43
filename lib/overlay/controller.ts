/**
 * Keeps an overlay beside every comment the site adapter finds, and one page panel with the counts.
 * Work is keyed by comment id (the sites recycle nodes) and done in slices that yield to the page: the
 * adapter reads only comments that are new or changed, the checks judge only those, and an overlay is
 * mounted only when its comment comes near the viewport (with its chunk of neighbours, see CHUNK), while the
 * counts always cover every comment.
 * Everything is undone when the signal aborts. Sites and checks come from their registries; drawing is
 * the renderer's (components/overlay/render.ts), so nothing here depends on a UI library.
 */
import type { CheckContext, CheckRegistry, Counts, OfficeMatch } from '../checks';
import type { TextItem } from '../checks/text-checks';
import type { WordLists } from '../checks/wordlists';
import type { ActionRequest, ResponseOf, Result, StatusRequest, SubjectStatus } from '../messaging/protocol';
import type { OfficeStatus } from '../sync/office';
import type { ActionKind, LawGroundId, Platform, Post, Site } from '../model';
import { ReadingMemo } from '../sites/core/memo';
import type { FoundComment, ScanResult } from '../sites/core/types';
import type { diagnose } from '../sites/diagnose';
import { scanWith } from '../sites/scan';
import type { anonymisedCopy } from '../sites/anonymise';
import type { SiteRegistry } from '../sites/site-registry';
import { postedAsSeen, type Tracked } from './entry';
import { container, createHost, HOST_TAG, isOwnMutation, PanelHost } from './hosts';
import { viewportNearby, type Nearby, type NearbyFactory } from './nearby';
import { SLICE_MS, yieldToPage } from './schedule';
import type { OverlayRenderer, PanelState, SaveCopy } from './types';
import { commentView } from './view';
import { OwnPosts, type OwnPostDeps } from './own-posts';
import { postKey, ThreadArchive, type ItemOutcome } from './thread-archive';
import { BaseInfoReader, type BaseInfoReport, type BaseInfoView } from './base-info';
import { colleagueArchive, kindsOf } from './kinds';
import type { Captured } from '../evidence/capture';
import type { PersonalDataFinding } from '../checks/personal-data/types';
import { sha256Hex } from '../util/hash';
import { HOST_TAG as OUR_HOST, PANEL_TAG } from './hosts';

export { HOST_TAG, PANEL_TAG } from './hosts';
const REJUDGE_MS = 60_000;
/** The check whose findings the office's own posts' publishing reminders are read from. */
const PERSONAL_DATA = 'personal-data';
/** Colleagues' actions are asked again this often while a post is open (and for every new comment). */
const OFFICE_REFRESH_MS = 3 * 60_000;
/** Status asked for the first comments alone (about a screen and its margins), then in parts this size. */
const STATUS_FIRST = 100;
const STATUS_CHUNK = 1000;
/**
 * On a newly opened page still being read, the first whole threads of at least this many comments (two
 * screens and more) are judged and shown at once: a long page's first screen does not wait for the rest,
 * and comes in one piece (each piece put on the page costs the browser a layout of the whole page).
 */
const FIRST_SCREEN = 40;
/** Texts sent to be judged elsewhere: a first screen's worth alone, then in parts this size (the message's bound). */
const TEXTS_FIRST = 50;
const TEXTS_CHUNK = 100;
/** How long drawn overlays may wait for the rest of their screenful before they are put on the page anyway, looking every 4 ms. */
const PLACING_WAIT_MS = 150;
const PLACING_POLL_MS = 4;
/**
 * Overlays are put on the page a chunk of this many neighbouring comments at a time. Every overlay put on a
 * long page moves all the comments below it, and the browser then lays out and repaints each of those: placed a
 * screenful at a time as the moderator scrolled, that cost the page 7–8 ms of main thread per comment on a
 * 2,000-comment post; in chunks it costs the same once per chunk. Small enough that drawing and placing one
 * chunk stays a short task.
 */
const CHUNK = 60;
/**
 * Of a run of comments met together, one in this many is watched for coming near (an IntersectionObserver
 * target), on behalf of the ones after it: when it comes near, so do they and those before it back to the
 * previous watched one. Every observed target costs the browser work on each frame that scrolls; watched one
 * by one, 2,000 comments cost 570 ms of the main thread over a scroll through them (39 ms without the
 * extension). A comment whose whole run of this many is off screen while the window (two screens above,
 * the screen and two below) lies between two watched comments would be missed: three comments taller
 * than five screens together, which Facebook's "Visa mer" folding rules out.
 */
const WATCH_EVERY = 4;
/** After the background failed to judge (it was restarting, say), asked again after 1 s, 2 s, 4 s … at most 30 s. */
const REMOTE_RETRY_FIRST_MS = 1_000;
const REMOTE_RETRY_MAX_MS = 30_000;

/** Checks run outside the page (the background): which ones, and how to ask. */
export interface RemoteTextChecks {
  /** The ids of the checks judged remotely; the others run here. */
  ids: readonly string[];
  /** Their results for a batch (at most 100), in order; after a failure the batch is asked for again. */
  judge(items: TextItem[]): Promise<Result<Record<string, unknown>[]>>;
}

export interface OverlayDeps {
  doc: Document;
  getUrl: () => string;
  css: string;
  render: OverlayRenderer;
  record: (req: ActionRequest) => Promise<Result<ResponseOf<'recordAction'>>>;
  status: (req: StatusRequest) => Promise<Result<Record<string, SubjectStatus>>>;
  now?: () => Date;
  /** The user's additions to the checks' vocabularies (options page), by word-list key. */
  wordLists?: Readonly<Partial<Record<string, WordLists>>>;
  /** After each complete scan of a recognised site: what is open on this page, and whose page it is. */
  onScanned?: (counts: Counts, accountName: string) => void;
  /** The office's accounts; elsewhere the overlay stays quiet until the user asks for it. */
  officeAccounts?: readonly string[];
  /**
   * Installed and not set up (no office account yet): quiet on every page, the panel naming the setup
   * page, which `openSetup` opens (on a person's click) with this page offered as the office's account.
   */
  setup?: { awaiting: boolean; open: (pageUrl: string) => void };
  /**
   * Settles when `officeAccounts` and `setup` are known (the content script asks the background for
   * them): the page is read meanwhile, but nothing is tracked, judged or shown before.
   */
  ready?: Promise<unknown>;
  /**
   * The sites this content script reads: its platform's (lib/sites/platforms/), so a page carries no other platform's
   * reader. Tests give the product's whole list (lib/sites/registry.ts) or their own.
   */
  sites: SiteRegistry;
  /**
   * The checks to show and run: the content script's `pageCheckRegistry` (the text checks only as views,
   * judged through `remote`), or the whole `checkRegistry` where everything is judged here (tests).
   */
  checks: CheckRegistry;
  /**
   * Whether an event was caused by a person. Only such events may lead to a record; the default asks
   * the browser (`isTrusted`). Unit tests on a DOM library without trusted events bring their own.
   */
  isTrusted?: (event: Event) => boolean;
  /** Which comments are near the viewport (default: an IntersectionObserver); tests: everything. */
  nearby?: NearbyFactory;
  /** Lets the page run between slices (default: scheduler.yield or a task); tests: a timer. */
  yieldToPage?: () => Promise<void>;
  /** A slice's budget in ms (default 8). */
  sliceMs?: number;
  /** The clock slices are measured with (default performance.now). */
  clock?: () => number;
  /**
   * Captures what the moderator sees of a comment (lib/evidence/capture.ts), leaving out the subtrees
   * `exclude` names (replies nested inside it, our own hosts). Without it records carry no evidence files.
   */
  capture?: (element: Element, exclude: (el: Element) => boolean) => Promise<Captured>;
  /**
   * Makes the page's anonymised copy (lib/sites/anonymise) for "Spara anonymiserad sidkopia". The content
   * script loads that code on the click (lib/overlay/on-demand.ts); without it the panel offers no copy.
   */
  anonymise?: () => Promise<typeof anonymisedCopy>;
  /**
   * What the "not recognised" panel copies for IT (lib/sites/diagnose.ts): loaded on that click, as the page copy is. Without
   * it the panel offers no copy.
   */
  diagnose?: () => Promise<typeof diagnose>;
  /** SHA-256 of a text as hex (default WebCrypto): compares a comment's text with its archived one. */
  hash?: (text: string) => Promise<string>;
  /** "Ångra": takes back a recent action (the background appends a `retracted` record). */
  retract?: (req: { recordId: string }) => Promise<Result<ResponseOf<'retractAction'>>>;
  /**
   * The text checks, judged off the page's main thread (the background); without it everything runs here.
   * With it they never run on the page: a failed answer is asked for again, after a pause that grows.
   */
  remote?: RemoteTextChecks;
  /** What colleagues recorded (the office's registry, v1.1), asked after the local status; never waited for. */
  office?: (req: StatusRequest) => Promise<Result<OfficeStatus>>;
  /** The office's own posts: log the answer to their publishing reminders, and ask which were answered. */
  reviewPublishing?: OwnPostDeps['review'];
  publishingStatus?: OwnPostDeps['status'];
  /** The office account's about/intro view or bio was read: which base-information pieces it has (for the round view). */
  onAccountInfo?: (report: BaseInfoReport) => void;
}

/** An archived comment no longer on the open page: archived, or documented and waiting for "removed". */
export interface GoneComment {
  key: string;
  authorName: string;
  text: string;
  documented: boolean;
}

/** The office's reply counts once: an address match is certain, a name match only probable. */
const stronger = (a: OfficeMatch, b: OfficeMatch): OfficeMatch => (a === 'url' || b === 'url' ? 'url' : a || b);

const EMPTY_STATUS: SubjectStatus = { kinds: [] };

/** What one record request came to, for "Arkivera hela tråden"'s tally. */
const outcomeOf = (result: Result<ResponseOf<'recordAction'>>): ItemOutcome => (result.ok ? (result.value.alreadyRecorded ? 'already' : 'recorded') : 'failed');

export class OverlayController {
  private readonly tracked = new Map<string, Tracked>();
  private readonly byAnchor = new Map<Element, string>();
  private scheduled = false;
  private pumping = false;
  private rescan = false;
  private stopped = false;
  private observer?: MutationObserver;
  private readonly panel: PanelHost;
  private timer?: ReturnType<typeof setInterval>;
  private officeTimer?: ReturnType<typeof setInterval>;
  /** The registry could not tell of colleagues' actions (the panel says so); null until asked. */
  private officeState: OfficeStatus['state'] | null = null;
  private panelState: PanelState | null = null;
  /** Every tracked comment judged: the counts are complete and may be shown and reported. */
  private complete = false;
  /**
   * A complete count of this page has been shown: while a later batch of comments (Facebook's "Visa fler
   * kommentarer") is being judged, the panel stays, with the counts of the comments judged so far, instead
   * of vanishing until the batch is done. Hiding and showing it again for every batch cost the page two extra
   * frames, each walking the paint tree of all its comments, and took the panel from under a moderator's pointer
   * or focus.
   */
  private countedOnce = false;
  /** Set when the user chose "show anyway" on a page that is not the office's. */
  private forced = false;
  private lastUrl = '';
  /** The site the last scan recognised (a post without comments is still archived as that site's). */
  private lastSite = '';
  private readonly memo: ReadingMemo;
  private readonly nearby: Nearby;
  private readonly now: () => Date;
  private readonly sites: SiteRegistry;
  private readonly checks: CheckRegistry;
  private readonly trusted: (event: Event) => boolean;
  private readonly clock: () => number;
  /** Archived comments that left the open post, by key, with what is needed to record their removal. */
  private readonly gone = new Map<string, Tracked>();
  /** The office's own posts on the page, with their publishing reminders. */
  private readonly ownPosts: OwnPosts;
  /** The account's base information when the page is its about/intro view or bio. */
  private readonly baseInfoReader: BaseInfoReader;
  private baseInfo: BaseInfoView | null = null;
  /** "Arkivera hela tråden": one control per post on the page. */
  private readonly threads: ThreadArchive;
  /** The pause before the background is asked again after a failed answer (0: the last one came). */
  private remoteRetryMs = 0;
  /** Drawing queued for the next slices (see `defer`), and how far it has got. */
  private readonly work: (() => void)[] = [];
  private workAt = 0;
  private draining = false;
  /** Drawn hosts waiting to be put beside their comments once their screenful is complete (see `schedulePlacing`). */
  private readonly placing: Tracked[] = [];
  private placingScheduled = false;
  private placingTimer?: ReturnType<typeof setTimeout>;
  /** `deps.ready` has settled (or there is none). */
  private settled: boolean;
  /** A newly opened page's first screen is still to be shown (see FIRST_SCREEN). */
  private firstScreen = true;
  /** Judging asked for the first screen while the page was still being read: the complete scan waits for it. */
  private readonly firstAnswers: Promise<boolean>[] = [];
  /** The minutely pass over every comment's deadlines is under way. */
  private rejudging = false;
  /** When the oldest host waiting to be placed was drawn (0: none waits). */
  private placingSince = 0;
  /** Every comment met, in the order met (a slot is emptied when its comment is forgotten); see CHUNK. */
  private readonly order: (Tracked | undefined)[] = [];
  /** The chunks whose overlays are drawn or on their way. */
  private readonly chunksOpen = new Set<number>();
  /** The first screenful has been placed: from then on a comment coming near brings its chunk at once. */
  private placedOnce = false;
  /** The panel is to be drawn again with the overlays being placed (see renderPanel). */
  private panelLater = false;

  constructor(private readonly deps: OverlayDeps) {
    this.now = deps.now ?? (() => new Date());
    this.clock = deps.clock ?? (() => performance.now());
    this.sites = deps.sites;
    this.settled = !deps.ready;
    void deps.ready?.finally(() => (this.settled = true));
    this.checks = deps.checks;
    this.trusted = deps.isTrusted ?? ((event) => event.isTrusted === true);
    this.memo = new ReadingMemo(this.clock);
    this.nearby = (deps.nearby ?? viewportNearby)((elements) => this.mountNear(elements));
    this.panel = new PanelHost(deps.doc, deps.css, deps.render);
    this.ownPosts = new OwnPosts({
      sites: this.sites,
      trusted: this.trusted,
      changed: () => this.renderPanel(),
      review: deps.reviewPublishing,
      status: deps.publishingStatus,
      findings: (texts) => this.personalDataFindings(texts),
    });
    this.baseInfoReader = new BaseInfoReader(this.sites, deps.onAccountInfo);
    this.threads = new ThreadArchive({
      trusted: this.trusted,
      plan: (key) => this.threadPlan(key),
      archiveComment: (key, event) => this.act(key, event, 'archived', undefined, undefined, false),
      archivePost: (post, event) => this.archivePost(post, event),
      yieldToPage: () => (this.deps.yieldToPage ?? yieldToPage)(),
      alive: () => !this.stopped,
      changed: () => this.renderPanel(),
      finished: () => {
        if (this.complete) this.deps.onScanned?.(this.counts(), this.tracked.values().next().value?.post.authorName ?? '');
      },
    });
  }

  /** Scans now and on every later DOM change until the signal aborts. */
  start(signal: AbortSignal): void {
    this.scan();
    this.observer = new MutationObserver((mutations) => {
      const theirs = mutations.filter((m) => !isOwnMutation(m));
      if (theirs.length === 0) return;
      this.memo.changed(theirs.map((m) => m.target));
      this.schedule();
    });
    // characterData too: an edited comment changes a text node, not the list of nodes.
    this.observer.observe(this.deps.doc.documentElement, { childList: true, subtree: true, characterData: true });
    // Reply deadlines pass while the page sits open; re-judge so "overdue" appears without a reload.
    this.timer = setInterval(() => this.rejudgeAll(), REJUDGE_MS);
    this.officeTimer = setInterval(() => void this.loadOfficeAll(), OFFICE_REFRESH_MS);
    signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.nearby.disconnect();
    clearInterval(this.timer);
    clearInterval(this.officeTimer);
    clearTimeout(this.placingTimer);
    this.ownPosts.clear();
    for (const key of [...this.tracked.keys()]) this.forget(key);
    this.panelState = null;
    this.renderPanel();
  }

  /** Overlays mounted beside their comments. */
  get count(): number {
    let n = 0;
    for (const entry of this.tracked.values()) if (entry.host) n += 1;
    return n;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const run = () => {
      if (!this.scheduled) return;
      this.scheduled = false;
      this.scan();
    };
    // rAF batches with the page's own rendering; the timeout covers tabs where frames are paused.
    requestAnimationFrame(run);
    setTimeout(run, 250);
  }

  /** Starts a scan, or asks the one under way to look again when it is done. */
  scan(): void {
    if (this.pumping) {
      this.rescan = true;
      return;
    }
    this.pumping = true;
    void this.pump().finally(() => {
      this.pumping = false;
    });
  }

  /** The deadline of the slice that is running or ran last (see sliceEnd). */
  private sliceDeadline = 0;

  private async pump(): Promise<void> {
    do {
      this.rescan = false;
      await this.scanInSlices();
    } while (this.rescan && !this.stopped);
  }

  /**
   * When the slice running now must end. One deadline for every piece of work that runs in the same task:
   * several batches' answers arriving together each resumed with a slice of their own, and on a 5,000-comment
   * page their continuations ran back to back as one task of 30–40 ms. A slice starts afresh once the last
   * one's deadline has passed.
   */
  private sliceEnd(): number {
    const now = this.clock();
    if (now < this.sliceDeadline) return this.sliceDeadline;
    return (this.sliceDeadline = now + (this.deps.sliceMs ?? SLICE_MS));
  }

  /** Lets the page run; false when the overlay was stopped meanwhile. */
  private async pause(): Promise<boolean> {
    await (this.deps.yieldToPage ?? yieldToPage)();
    return !this.stopped;
  }

  private startSlice(): void {
    this.memo.deadline = this.sliceEnd();
  }

  private async yieldSlice(): Promise<boolean> {
    const alive = await this.pause();
    this.startSlice();
    return alive;
  }

  private async scanInSlices(): Promise<void> {
    const url = this.deps.getUrl();
    if (url !== this.lastUrl) {
      // In-app navigation: another post, other comments.
      this.memo.clear();
      this.firstScreen = true;
      this.countedOnce = false;
      this.lastUrl = url;
      this.gone.clear();
      this.ownPosts.clear();
      this.threads.clear();
    }
    // A new scan reads the page as it is now; its slices go on from where the one before stopped.
    this.memo.run.clear();
    this.startSlice();
    this.memo.partial = this.firstScreen;
    let result = scanWith(this.sites, this.deps.doc, url, this.memo);
    while (result?.complete === false) {
      if (this.firstScreen && this.settled && result.found.length >= FIRST_SCREEN) {
        this.firstScreen = false;
        this.takeFirstScreen(result, url);
      }
      if (!(await this.yieldSlice())) return;
      this.memo.partial = this.firstScreen;
      result = scanWith(this.sites, this.deps.doc, url, this.memo);
    }
    this.memo.partial = false;
    this.firstScreen = false;
    if (!this.settled) await this.deps.ready?.catch(() => undefined);
    if (this.stopped) return;
    const officeAccounts = this.deps.officeAccounts ?? [];
    const setup = this.deps.setup;
    const awaitingSetup = setup?.awaiting === true;
    if (result && this.quietOn(url, result.snapshot.posts)) {
      for (const key of [...this.tracked.keys()]) this.forget(key);
      const onShow = (event: Event) => this.trusted(event) && this.showAnyway();
      this.panelState =
        awaitingSetup && setup
          ? { kind: 'not-set-up', onShow, onSetup: (event) => this.trusted(event) && setup.open(this.deps.getUrl()) }
          : { kind: 'quiet', onShow };
      this.renderPanel();
      return;
    }
    if (result) this.ownPosts.update(result, url, officeAccounts);
    this.baseInfo = result ? this.baseInfoReader.read(this.deps.doc, url, officeAccounts, result.snapshot.posts.find((p) => p.authorName)?.authorName ?? '') : null;
    const found = result?.found ?? [];
    this.lastSite = result?.snapshot.site ?? '';
    const fresh = this.follow(found, result?.snapshot.site ?? '');
    const unrecognised = result !== null && result.snapshot.posts.length === 0 && found.length === 0 && this.sites.isContentPage(url);
    this.panelState = unrecognised
      ? {
          kind: 'unrecognised',
          ...this.diagnosticsOffer(),
          ...this.copyOffer(),
        }
      : null;
    // Their status is asked for first. Once the page's counts are shown, a batch's counts wait for it too (an archived
    // comment is no longer "to archive"); a page's first counts do not (its status, asked in parts, comes last).
    const statusLoaded = fresh.length > 0 && result ? this.loadStatus(this.platformOf(result.snapshot.site), fresh).catch(() => undefined) : null;
    // The checks, a slice at a time: new and changed comments only.
    this.complete = false;
    const remote = this.deps.remote;
    // The first screen's answers, asked for while the page was still being read, are waited for too.
    const answers: Promise<boolean>[] = this.firstAnswers.splice(0);
    let batch: Tracked[] = [];
    for (const entry of this.tracked.values()) {
      if (entry.judgement || entry.judging === entry.judgedKey) continue;
      if (remote) {
        // A batch goes as soon as it is full, before the slice yields: the page's frame (a batch of new comments laid
        // out) would otherwise come first, and the background's answer that much later.
        batch.push(entry);
        if (batch.length >= (answers.length === 0 ? TEXTS_FIRST : TEXTS_CHUNK)) {
          answers.push(this.judgeRemotely(remote, batch));
          batch = [];
          if (!this.memo.inTime() && !(await this.yieldSlice())) return;
        }
        continue;
      }
      if (!this.memo.inTime() && !(await this.yieldSlice())) return;
      this.judge(entry);
      this.show(entry);
    }
    if (batch.length > 0 && remote) answers.push(this.judgeRemotely(remote, batch));
    const failed = (await Promise.all(answers)).includes(false);
    if (this.stopped) return;
    if (failed) {
      // The unanswered comments stay unjudged (no bar, no counts yet) and are sent again after a pause.
      for (const entry of this.tracked.values()) entry.judging = undefined;
      this.remoteRetryMs = Math.min(REMOTE_RETRY_MAX_MS, this.remoteRetryMs ? this.remoteRetryMs * 2 : REMOTE_RETRY_FIRST_MS);
      await new Promise((resolve) => setTimeout(resolve, this.remoteRetryMs));
      if (this.stopped) return;
      this.rescan = true;
      return;
    }
    if (answers.length > 0) this.remoteRetryMs = 0;
    if (statusLoaded && this.countedOnce) await statusLoaded;
    if (this.stopped) return;
    // A comment changed while its text was away is judged in the next pass (its change scheduled one).
    for (const entry of this.tracked.values()) if (!entry.judgement) this.rescan = true;
    if (this.rescan) return;
    this.complete = true;
    this.countedOnce = true;
    if (result) this.threads.update(result.snapshot.posts.map(({ comments: _, ...post }) => post));
    this.renderPanel();
    if (result) this.deps.onScanned?.(this.counts(), result.snapshot.posts.find((p) => p.authorName)?.authorName ?? '');
  }

  /** Not set up yet, or not the office's page (and the user has not asked to be shown it anyway). */
  private quietOn(url: string, posts: ScanResult<string>['snapshot']['posts']): boolean {
    if (this.forced) return false;
    return this.deps.setup?.awaiting === true || !this.sites.isOfficePage(url, posts, this.deps.officeAccounts ?? []);
  }

  /**
   * The whole threads read so far on a page still being read: tracked, asked about and sent to be
   * judged now, so a long page's first screen need not wait for the rest to be read. The counts, the
   * panel and the threads wait for the complete scan, which keeps these readings and judgements.
   */
  private takeFirstScreen(result: ScanResult<string>, url: string): void {
    if (this.quietOn(url, result.snapshot.posts)) return;
    const site = result.snapshot.site;
    const fresh = this.follow(result.found, site, true);
    if (fresh.length === 0) return;
    this.complete = false;
    void this.loadStatus(this.platformOf(site), fresh);
    const entries = fresh.map((key) => this.tracked.get(key)).filter((entry): entry is Tracked => entry !== undefined);
    const remote = this.deps.remote;
    if (remote) {
      for (let from = 0; from < entries.length; from += TEXTS_CHUNK) {
        this.firstAnswers.push(this.judgeRemotely(remote, entries.slice(from, from + TEXTS_CHUNK)));
      }
      return;
    }
    for (const entry of entries) {
      this.judge(entry);
      this.show(entry);
    }
  }

  /**
   * Brings the tracked comments in line with what the page shows: new ones tracked (and watched for
   * coming near), changed ones left to be judged again, gone ones forgotten (not when `partial`: the
   * rest of the page is still being read). Returns the new keys.
   */
  private follow(found: readonly FoundComment[], site: string, partial = false): string[] {
    // Who answered whom is read from the adapters' `byOffice`, decided by profile address (names only
    // where the page shows none), never by comparing display names here: a look-alike answers nothing.
    const officeReplied = new Map<string, OfficeMatch>();
    const byOffice = new Map<string, boolean>();
    for (const { comment: c } of found) {
      byOffice.set(c.id, c.byOffice === true);
      if (c.isReply && c.parentId && c.byOffice) officeReplied.set(c.parentId, stronger(officeReplied.get(c.parentId) ?? false, c.officeMatch ?? 'url'));
    }
    // None of the comments tracked is on the page any more (another post opened in the same tab): they are let go
    // before the new ones are met, so that the new post starts its chunks afresh (see forget).
    if (!partial && this.tracked.size > 0 && !found.some(({ comment }) => this.tracked.has(comment.id))) {
      for (const key of [...this.tracked.keys()]) this.forget(key, true);
      this.countedOnce = false;
    }
    const seen = new Set<string>();
    const fresh: string[] = [];
    const occurrences = new Map<string, number>();
    // The run of new comments next to each other on the page, and its last watched one (see WATCH_EVERY).
    let watcher: Tracked | null = null;
    for (const { comment, post, element } of found) {
      // Two comments claiming one id both get a bar (each marked): keyed apart, never one dropped.
      const n = (occurrences.get(comment.id) ?? 0) + 1;
      occurrences.set(comment.id, n);
      const key = n === 1 ? comment.id : `${comment.id}#${n}`;
      seen.add(key);
      const own: OfficeMatch = comment.byOffice ? (comment.officeMatch ?? 'url') : false;
      const replied = officeReplied.get(comment.id) ?? false;
      const parentByOffice = comment.isReply && comment.parentId ? byOffice.get(comment.parentId) : undefined;
      const judgedKey = `${comment.text}\u0000${own}\u0000${replied}\u0000${parentByOffice}\u0000${comment.idCollision === true}`;
      const current = this.tracked.get(key);
      if (current) {
        watcher = null;
        Object.assign(current, { comment, post, own, officeReplied: replied, parentByOffice });
        if (current.judgedKey !== judgedKey) {
          Object.assign(current, { judgement: null, judgedKey });
          void this.checkVersion(current);
        }
        if (current.anchor !== element) this.reanchor(key, current, element);
        else if (current.host && !current.host.isConnected) this.remount(current);
        continue;
      }
      const entry: Tracked = {
        key,
        host: null,
        anchor: element,
        comment,
        post,
        site,
        status: EMPTY_STATUS,
        state: { kind: 'unknown' },
        judgement: null,
        judgedKey,
        own,
        officeReplied: replied,
        parentByOffice,
        expanded: false,
        identityChecked: false,
      };
      this.tracked.set(key, entry);
      this.byAnchor.set(element, key);
      entry.seq = this.order.push(entry) - 1;
      // A comment added to a chunk already on the page comes with it (the others wait to come near), and the
      // overlays of such comments arriving together are placed together: their chunk is on screen already.
      if (this.chunksOpen.has(Math.floor(entry.seq / CHUNK))) {
        entry.near = true;
        watcher = null;
      } else if (watcher && watcher.followers!.length < WATCH_EVERY - 1) {
        watcher.followers!.push(entry);
        entry.watchedBy = watcher;
      } else {
        entry.followers = [];
        if (watcher) entry.before = watcher;
        watcher = entry;
        this.nearby.watch(element);
      }
      fresh.push(key);
    }
    if (!partial) for (const key of [...this.tracked.keys()]) if (!seen.has(key)) this.forget(key, true);
    for (const key of seen) this.gone.delete(key);
    return fresh;
  }

  /** The site recycled its node: the overlay follows the comment to its new element. */
  private reanchor(key: string, entry: Tracked, element: Element): void {
    this.byAnchor.delete(entry.anchor);
    this.nearby.unwatch(entry.anchor);
    entry.anchor = element;
    this.byAnchor.set(element, key);
    if (entry.host) this.remount(entry);
    else this.nearby.watch(element);
  }

  private remount(entry: Tracked): void {
    if (!entry.host) return;
    this.sites.byId(entry.site).place(entry.anchor, entry.host);
  }

  private mountNear(elements: Element[]): void {
    for (const element of elements) {
      const key = this.byAnchor.get(element);
      const entry = key ? this.tracked.get(key) : undefined;
      if (!entry) continue;
      // It comes near for the comments it watches for too: those after it, and those before it (the
      // previous watched one's followers), so the screenful comes whole.
      for (const near of [entry, ...(entry.followers ?? []), ...(entry.before?.followers ?? [])]) {
        if (near !== entry && (near.near || this.tracked.get(near.key) !== near)) continue;
        near.near = true;
        near.neighbour = false;
        this.mountIfNear(near);
        // Once the first screenful is on the page, its chunk comes with it, placed in the same wave.
        if (this.placedOnce) this.openChunk(near);
      }
    }
  }

  /** Draws the overlays of the entry's whole chunk (see CHUNK), each once it is judged and its status known. */
  private openChunk(entry: Tracked): void {
    if (entry.seq === undefined) return;
    const chunk = Math.floor(entry.seq / CHUNK);
    if (this.chunksOpen.has(chunk)) return;
    this.chunksOpen.add(chunk);
    const end = Math.min(this.order.length, (chunk + 1) * CHUNK);
    for (let i = chunk * CHUNK; i < end; i++) {
      const mate = this.order[i];
      if (!mate || mate.near || this.tracked.get(mate.key) !== mate) continue;
      mate.near = true;
      mate.neighbour = true;
      this.nearby.unwatch(mate.anchor);
      this.mountIfNear(mate);
    }
  }

  /**
   * Mounts once the comment is near, judged and its status known: drawn once, not twice. The drawing is
   * queued and done a slice at a time, so a screenful of comments arriving at once is no long task.
   */
  private mountIfNear(entry: Tracked): void {
    if (entry.host || entry.mountQueued || !entry.near || !entry.judgement || entry.state.kind === 'unknown' || this.stopped) return;
    entry.mountQueued = true;
    this.defer(() => {
      entry.mountQueued = false;
      if (entry.host || this.tracked.get(entry.key) !== entry || this.stopped) return;
      // Drawn while still apart from the page (no layout for the page), put in place with the others
      // just before the next frame: the page is laid out and painted once per wave, not once per slice.
      entry.host = createHost(this.deps.doc, this.deps.css, HOST_TAG, entry.comment.id);
      this.renderEntry(entry);
      this.placing.push(entry);
      this.schedulePlacing();
    });
  }

  /**
   * Puts the drawn hosts beside their comments, all in one go, in a task of its own. While more of the
   * same screenful is on its way (a comment near the viewport awaits its judgement or status, or
   * overlays are still being drawn) it waits for them, for at most 150 ms: every change that moves the
   * page's comments costs the browser a layout and paint of the whole page, so a screenful arriving in
   * parts is placed once. Not in an animation frame: the frame's own layout would then run in the same
   * task as ours, one long task instead of two short ones.
   */
  private schedulePlacing(): void {
    this.placingSince ||= this.clock();
    if (this.placingScheduled) return;
    this.placingScheduled = true;
    const more = this.draining || this.nearPending();
    this.placingTimer = setTimeout(() => {
      this.placingScheduled = false;
      const still = this.draining || this.nearPending();
      if (still && this.clock() - this.placingSince < PLACING_WAIT_MS) this.schedulePlacing();
      else this.placeReady();
    }, more ? PLACING_POLL_MS : 0);
  }

  /**
   * A comment near the viewport still waits for its judgement or status: its screenful is not complete.
   * Answers for comments far away are not waited for (on a long page they come for a while yet).
   */
  private nearPending(): boolean {
    for (const entry of this.tracked.values()) {
      if (entry.near && !entry.neighbour && !entry.host && !entry.mountQueued && (!entry.judgement || entry.state.kind === 'unknown')) return true;
    }
    return false;
  }

  private placeReady(): void {
    if (!this.placedOnce && !this.stopped) {
      // The first screenful is drawn: the rest of its chunks are drawn now too (those judged and with their status, as
      // the first answers mostly bring), and placed with it. Placed in a wave of their own once the first was on the
      // page, they cost a 2,000-comment page a second layout and paint of all its comments, a task of some 40 ms.
      this.placedOnce = true;
      for (const entry of this.tracked.values()) if (entry.near && !entry.neighbour) this.openChunk(entry);
      if (this.draining) {
        this.schedulePlacing();
        return;
      }
    }
    this.placingSince = 0;
    for (const entry of this.placing.splice(0)) {
      if (this.stopped || !entry.host || this.tracked.get(entry.key) !== entry || entry.host.isConnected) continue;
      this.sites.byId(entry.site).place(entry.anchor, entry.host);
    }
    if (this.panelLater) this.renderPanel();
  }

  /** Queues work that touches the page (drawing overlays), done in slices that yield between them. */
  private defer(task: () => void): void {
    this.work.push(task);
    if (this.draining) return;
    this.draining = true;
    void this.drain();
  }

  private async drain(): Promise<void> {
    try {
      while (this.workAt < this.work.length && !this.stopped) {
        const end = this.sliceEnd();
        do {
          try {
            this.work[this.workAt++]!();
          } catch {
            // One overlay that cannot be drawn must not keep the others from theirs.
          }
        } while (this.workAt < this.work.length && this.clock() < end);
        if (this.workAt < this.work.length) await this.pause();
      }
    } finally {
      // Synchronously with the last task: work queued right after it starts a new drain.
      this.work.length = 0;
      this.workAt = 0;
      this.draining = false;
    }
  }

  private platformOf(site: string): Platform {
    return this.sites.platformOf(site) as Platform;
  }

  private context(entry: Tracked): CheckContext {
    return {
      now: this.now(),
      own: entry.own,
      officeReplied: entry.officeReplied,
      parentByOffice: entry.parentByOffice,
      wordLists: this.deps.wordLists,
    };
  }

  private judge(entry: Tracked): void {
    const now = this.now();
    const { seenAt, ...posted } = postedAsSeen(entry, now);
    const ctx = { ...this.context(entry), now, ...(seenAt ? { seenAt: new Date(seenAt) } : {}) };
    entry.judgement = this.checks.judge({ ...entry.comment, ...posted }, ctx);
  }

  private show(entry: Tracked): void {
    // Its count keys now, inside the slice that judged it: left to the panel, a 5,000-comment page's keys
    // were worked out in one go when the last answer came, a task of 25–60 ms.
    this.countKeys(entry);
    if (entry.host) this.renderEntry(entry);
    else this.mountIfNear(entry);
  }

  /**
   * Sends a batch's texts to be judged elsewhere and, when the answer comes, judges the rest here and
   * shows them. A comment gone or changed meanwhile keeps no stale result. False when the answer failed
   * or left a comment out: those stay unjudged, to be sent again.
   */
  private async judgeRemotely(remote: RemoteTextChecks, batch: readonly Tracked[]): Promise<boolean> {
    const sent = batch.map((entry) => entry.judgedKey);
    batch.forEach((entry, i) => (entry.judging = sent[i]));
    const ok = await this.judgeBatch(remote, batch);
    // Unanswered texts stay marked until the pass that waits for them asks again after its pause.
    if (ok) {
      batch.forEach((entry, i) => {
        if (entry.judging === sent[i]) entry.judging = undefined;
      });
    }
    return ok;
  }

  private async judgeBatch(remote: RemoteTextChecks, batch: readonly Tracked[]): Promise<boolean> {
    const sent = batch.map((entry) => entry.judgedKey);
    const now = this.now();
    const answer = await remote.judge(batch.map((entry) => ({ text: entry.comment.text, own: entry.own, ...postedAsSeen(entry, now) })));
    if (this.stopped || !answer.ok) return answer.ok;
    const ids = new Set(remote.ids);
    let complete = true;
    // The checks judged here (reply due, archive …) run a slice at a time too: a batch is 100 comments.
    let end = this.sliceEnd();
    for (const [i, entry] of batch.entries()) {
      if (this.clock() >= end) {
        if (!(await this.pause())) return true;
        end = this.sliceEnd();
      }
      if (this.tracked.get(entry.key) !== entry || entry.judgedKey !== sent[i] || entry.judgement) continue;
      const texts = answer.value[i];
      if (!texts || !remote.ids.every((id) => id in texts)) {
        complete = false;
        continue;
      }
      const ctx = { ...this.context(entry), ...this.checks.context(texts) };
      entry.judgement = Object.fromEntries(this.checks.checks.map((c) => [c.id, ids.has(c.id) ? texts[c.id] : c.run(entry.comment, ctx)]));
      this.show(entry);
    }
    return complete;
  }

  /**
   * The personal-data findings of the office's own posts' texts (their publishing reminders): from the
   * background with the other text checks, or here when everything is judged here.
   */
  private async personalDataFindings(texts: string[]): Promise<(readonly PersonalDataFinding[])[] | null> {
    const items = texts.map((text) => ({ text, own: false as const }));
    const of = (result: unknown) => (result as { findings?: readonly PersonalDataFinding[] } | undefined)?.findings ?? [];
    const remote = this.deps.remote;
    if (remote?.ids.includes(PERSONAL_DATA)) {
      const answer = await remote.judge(items);
      return answer.ok ? answer.value.map((r) => of(r[PERSONAL_DATA])) : null;
    }
    const check = this.checks.checks.find((c) => c.id === PERSONAL_DATA);
    if (!check) return texts.map(() => []);
    return texts.map((text) => of(check.run({ id: 'post', authorName: '', text, isReply: false }, { now: this.now(), own: false, officeReplied: false })));
  }

  /** Time passing only moves deadlines: the timed checks run again, the text checks stand. */
  private rejudgeAll(): void {
    if (this.rejudging) return;
    this.rejudging = true;
    void this.rejudgeInSlices().finally(() => {
      this.rejudging = false;
    });
  }

  /** Every minute, every comment on the page: a slice at a time (on a long page one pass took over 100 ms). */
  private async rejudgeInSlices(): Promise<void> {
    let end = this.sliceEnd();
    for (const entry of [...this.tracked.values()]) {
      if (this.clock() >= end) {
        if (!(await this.pause())) return;
        end = this.sliceEnd();
      }
      if (!entry.judgement || this.tracked.get(entry.key) !== entry) continue;
      const before = entry.host ? JSON.stringify(this.checks.badges(entry.judgement, kindsOf(entry))) : '';
      entry.judgement = this.checks.rejudgeTimed(entry.judgement, entry.comment, this.context(entry));
      if (entry.host && before !== JSON.stringify(this.checks.badges(entry.judgement, kindsOf(entry)))) this.renderEntry(entry);
    }
    this.renderPanel();
    void this.refreshRegistrations();
  }

  /** Registration numbers arrive after the registry answers; pick them up for archived comments. */
  private async refreshRegistrations(): Promise<void> {
    const waiting = [...this.tracked.values()].filter((e) => e.status.archived && !e.status.archived.registrationNumber);
    if (waiting.length === 0) return;
    const platform = this.platformOf(waiting[0]!.site);
    const result = await this.deps.status({ platform, commentIds: [...new Set(waiting.map((e) => e.comment.id))] });
    if (!result.ok) return;
    for (const entry of waiting) {
      const status = result.value[entry.comment.id];
      if (!this.tracked.has(entry.key) || !status?.archived?.registrationNumber || entry.state.kind === 'busy') continue;
      entry.status = status;
      this.renderEntry(entry);
    }
  }

  /**
   * What the log says of new comments, in document order: the first screen's worth first, so those
   * overlays need not wait for the background to look up a whole long page; then the rest in parts
   * the message schema accepts.
   */
  private async loadStatus(platform: Platform, keys: string[]): Promise<void> {
    for (let from = 0; from < keys.length && !this.stopped; ) {
      const size = from === 0 ? STATUS_FIRST : STATUS_CHUNK;
      await this.loadStatusOf(platform, keys.slice(from, from + size));
      from += size;
    }
    this.renderPanel();
    void this.loadOffice(platform, keys);
  }

  /** Colleagues' actions on every comment of the page, again (a few minutes have passed). */
  private async loadOfficeAll(): Promise<void> {
    const byPlatform = new Map<Platform, string[]>();
    for (const entry of this.tracked.values()) {
      const platform = this.platformOf(entry.site);
      byPlatform.set(platform, [...(byPlatform.get(platform) ?? []), entry.key]);
    }
    for (const [platform, keys] of byPlatform) await this.loadOffice(platform, keys);
  }

  /**
   * What colleagues recorded about these comments, merged into their bars: "Arkiverad av Anna · HÄ
   * 2026/12". Asked after the local status and never waited for; without an answer the bars keep the
   * local state and the panel says colleagues' actions could not be fetched.
   */
  private async loadOffice(platform: Platform, keys: string[]): Promise<void> {
    if (!this.deps.office) return;
    for (let from = 0; from < keys.length && !this.stopped; from += STATUS_CHUNK) {
      const part = keys.slice(from, from + STATUS_CHUNK);
      const ids = [...new Set(part.map((key) => this.tracked.get(key)?.comment.id ?? key))];
      const result = await this.deps.office({ platform, commentIds: ids });
      if (this.stopped) return;
      const state = result.ok ? result.value.state : 'unavailable';
      const changedState = state !== this.officeState;
      this.officeState = state;
      if (changedState) this.renderPanel();
      if (!result.ok || state === 'off') continue;
      let changed = false;
      for (const key of part) {
        const entry = this.tracked.get(key);
        if (!entry) continue;
        const colleagues = result.value.subjects[entry.comment.id] ?? (state === 'ok' ? [] : entry.colleagues ?? []);
        if (JSON.stringify(colleagues) === JSON.stringify(entry.colleagues ?? [])) continue;
        entry.colleagues = colleagues;
        changed = true;
        this.renderEntry(entry);
      }
      if (changed) this.renderPanel();
    }
  }

  private async loadStatusOf(platform: Platform, keys: string[]): Promise<void> {
    const ids = [...new Set(keys.map((key) => this.tracked.get(key)?.comment.id ?? key))];
    const result = await this.deps.status({ platform, commentIds: ids });
    for (const key of keys) {
      const entry = this.tracked.get(key);
      if (!entry || entry.state.kind !== 'unknown') continue;
      // Without an answer the buttons stay usable: recording is idempotent in the background.
      entry.status = (result.ok ? result.value[entry.comment.id] : undefined) ?? EMPTY_STATUS;
      entry.state = entry.status.archived ? { kind: 'archived' } : { kind: 'idle' };
      this.mountIfNear(entry);
      void this.checkVersion(entry);
    }
  }

  /** Whether the comment's text still is the text last archived; tells the bar when that changes. */
  private async checkVersion(entry: Tracked): Promise<void> {
    const archived = entry.status.archived?.textSha256;
    const edited = archived ? (await (this.deps.hash ?? sha256Hex)(entry.comment.text)) !== archived : false;
    if (edited === (entry.edited ?? false) || !this.tracked.has(entry.key)) return;
    entry.edited = edited;
    this.renderEntry(entry);
  }

  /** Subtrees that are not this comment's: other comments nested in it, and our own hosts. */
  private excludeFor(entry: Tracked): (el: Element) => boolean {
    return (el) => el !== entry.anchor && (this.byAnchor.has(el) || el.localName === OUR_HOST || el.localName === PANEL_TAG);
  }

  private async capture(entry: Tracked): Promise<Captured | null> {
    if (!this.deps.capture) return null;
    try {
      return await this.deps.capture(entry.anchor, this.excludeFor(entry));
    } catch {
      return { input: { failure: 'render-failed' } };
    }
  }

  /** "Ångra": only a person's click, only for the action the background says may still be taken back. */
  private async undo(key: string, event: Event): Promise<void> {
    if (!this.trusted(event) || !this.deps.retract) return;
    const entry = this.tracked.get(key);
    const undo = entry?.status.undo;
    if (!entry || !undo || entry.state.kind === 'busy') return;
    entry.state = { kind: 'busy', action: undo.kind, undo: true };
    this.renderEntry(entry);
    const result = await this.deps.retract({ recordId: undo.recordId });
    if (!this.tracked.has(key)) return;
    if (result.ok) {
      entry.status = result.value.status;
      entry.evidenceFailure = undefined;
      void this.checkVersion(entry);
    }
    entry.state = result.ok ? (entry.status.archived ? { kind: 'archived' } : { kind: 'idle' }) : { kind: 'error', error: result.error };
    this.renderEntry(entry);
    this.renderPanel();
    if (this.complete) this.deps.onScanned?.(this.counts(), entry.post.authorName ?? '');
  }

  /** "Document and remove", step one: capture the comment and show the picture for confirmation. */
  private async startDocument(key: string, event: Event): Promise<void> {
    if (!this.trusted(event)) return;
    const entry = this.tracked.get(key);
    if (!entry?.judgement || entry.state.kind === 'busy' || entry.documenting) return;
    if (entry.comment.idCollision && !entry.identityChecked) return;
    entry.documenting = { phase: 'capturing' };
    this.renderEntry(entry);
    const captured = await this.capture(entry);
    if (!this.tracked.has(key) || !entry.documenting) return;
    entry.documenting = { phase: 'confirm', evidence: captured?.input ?? {}, ...(captured?.preview ? { preview: captured.preview } : {}) };
    this.renderEntry(entry);
  }


  /**
   * One action on one comment, as its bar's button takes it (and "Arkivera hela tråden" for each comment
   * of the thread, which reports the page's counts once at its end: `report` false). Says what came of it.
   */
  private async act(key: string, event: Event, kind: ActionKind, lawGround?: LawGroundId, note?: string, report = true): Promise<ItemOutcome> {
    // A page script that reached a handler some other way still cannot make a record.
    if (!this.trusted(event)) return 'skipped';
    const entry = this.tracked.get(key) ?? this.gone.get(key);
    // Archiving again is for a new version of an edited comment; every other action is made once.
    const again = kind === 'archived' && entry?.edited === true;
    if (entry?.judgement && entry.state.kind !== 'busy' && entry.status.kinds.includes(kind) && !again) return 'already';
    if (!entry?.judgement || entry.state.kind === 'busy') return 'skipped';
    if (entry.comment.idCollision && !entry.identityChecked) return 'skipped';
    if (kind === 'documented' && entry.documenting?.phase !== 'confirm') return 'skipped';
    // A colleague archived it already: ask first, and the default is not to archive it twice.
    if (kind === 'archived' && !entry.status.archived && colleagueArchive(entry) && !entry.doubleConfirmed) {
      entry.confirmDouble = true;
      this.renderEntry(entry);
      return 'skipped';
    }
    entry.confirmDouble = false;
    entry.state = { kind: 'busy', action: kind };
    this.renderEntry(entry);
    // The evidence: captured now for an archive, or the one the moderator just saw for a documentation.
    const evidence =
      kind === 'archived' ? (await this.capture(entry))?.input : kind === 'documented' && entry.documenting?.phase === 'confirm' ? entry.documenting.evidence : undefined;
    const ground = lawGround ?? (kind === 'removed' ? entry.status.archived?.lawGround : undefined);
    const result = await this.deps.record({
      kind,
      site: entry.site as Site,
      pageUrl: this.deps.getUrl(),
      comment: entry.comment,
      post: entry.post,
      checks: [...this.checks.tags(entry.judgement), ...(entry.comment.idCollision ? ['identity-checked'] : [])].slice(0, 32),
      ...(entry.comment.idCollision ? { identityChecked: true } : {}),
      ...(ground ? { lawGround: ground } : {}),
      ...(note ? { note } : {}),
      ...(evidence && Object.keys(evidence).length > 0 ? { evidence } : {}),
    });
    const outcome = outcomeOf(result);
    if (this.gone.has(key)) {
      if (result.ok && kind === 'removed') this.gone.delete(key);
      else if (result.ok) entry.status = result.value.status;
      this.renderPanel();
      return outcome;
    }
    if (!this.tracked.has(key)) return outcome;
    if (result.ok) {
      entry.status = result.value.status;
      entry.evidenceFailure = evidence?.failure;
      if (kind === 'documented') entry.documenting = undefined;
      if (kind === 'archived' || kind === 'documented') entry.edited = false;
    }
    entry.wiped = result.ok ? result.value.wiped : undefined;
    entry.state = result.ok ? (entry.status.archived ? { kind: 'archived' } : { kind: 'idle' }) : { kind: 'error', error: result.error };
    this.renderEntry(entry);
    this.renderPanel();
    if (report && this.complete) this.deps.onScanned?.(this.counts(), entry.post.authorName ?? '');
    return outcome;
  }

  /**
   * A post's comments for "Arkivera hela tråden": those not archived (here or by a colleague) or edited
   * since, in page order, and how many are archived. A comment claiming another's id is left in: the run
   * skips it until the moderator has checked it, and the summary counts it.
   */
  private threadPlan(key: string): { todo: string[]; archived: number } {
    const todo: string[] = [];
    let archived = 0;
    for (const entry of this.tracked.values()) {
      if (postKey(entry.post) !== key) continue;
      const kinds = kindsOf(entry);
      if ((kinds.includes('archived') || kinds.includes('documented')) && !entry.edited) archived += 1;
      else todo.push(entry.key);
    }
    return { todo, archived };
  }

  /** The post itself, archived as a record about the post through the same message (no evidence files). */
  private archivePost(post: Omit<Post, 'comments'>, event: Event): Promise<ItemOutcome> | null {
    const site = [...this.tracked.values()].find((e) => postKey(e.post) === postKey(post))?.site ?? this.lastSite;
    if (!post.id || !site || !this.trusted(event)) return null;
    const subject = { id: post.id, authorName: post.authorName ?? '', text: post.text, isReply: false, ...(post.permalink ? { permalink: post.permalink } : {}) };
    return this.deps
      .record({ kind: 'archived', about: 'post', site: site as Site, pageUrl: this.deps.getUrl(), comment: subject, post, checks: [] })
      .then(
        outcomeOf,
        (): ItemOutcome => 'failed',
      );
  }

  private renderEntry(entry: Tracked): void {
    const target = entry.host ? container(entry.host) : null;
    if (!target || !entry.judgement) return;
    this.deps.render.comment(
      target,
      commentView(entry, entry.judgement, this.checks, {
        toggle: () => {
          entry.expanded = !entry.expanded;
          this.renderEntry(entry);
        },
        act: (event, kind, ground, note) => void this.act(entry.key, event, kind, ground, note),
        startDocument: (event) => void this.startDocument(entry.key, event),
        undo: (event) => void this.undo(entry.key, event),
        answerDouble: (event, archive) => {
          if (!this.trusted(event)) return;
          entry.confirmDouble = false;
          entry.doubleConfirmed = archive;
          if (archive) void this.act(entry.key, event, 'archived');
          else this.renderEntry(entry);
        },
        cancelDocument: () => {
          entry.documenting = undefined;
          this.renderEntry(entry);
        },
        confirmIdentity: (event) => {
          if (!this.trusted(event)) return;
          entry.identityChecked = true;
          this.renderEntry(entry);
        },
        accept: this.trusted,
      }, this.sites.byId(entry.site).removalHelp),
    );
  }

  /**
   * The page panel's counts. Each comment's count keys are kept with it until its judgement or its recorded
   * kinds change: the panel is drawn again after every status answer, and working the keys out afresh for
   * every comment of a 5,000-comment page each time was a task of some 40 ms.
   */
  private totals(): Record<string, number> {
    const total: Record<string, number> = this.checks.emptyCounts();
    for (const e of this.tracked.values()) {
      for (const key of this.countKeys(e)) total[key] = (total[key] ?? 0) + 1;
    }
    return total;
  }

  /** One comment's count keys, worked out again only when its judgement or recorded kinds have changed. */
  private countKeys(e: Tracked): readonly string[] {
    if (!e.judgement) return [];
    const recorded = kindsOf(e);
    const kinds = recorded.join(' ');
    let counted = e.counted;
    if (!counted || counted.judgement !== e.judgement || counted.kinds !== kinds) {
      counted = e.counted = { judgement: e.judgement, kinds, keys: [...this.checks.open(e.judgement, recorded)] };
    }
    return counted.keys;
  }

  /** The product's counts; a test registry's extra counts ride along in the same object. */
  private counts(): Counts {
    return this.totals() as Counts;
  }

  /** The "not recognised" panel's report for IT, made on the click by code loaded then (deps.diagnose). */
  private diagnosticsOffer(): { diagnostics?: () => Promise<string> } {
    const load = this.deps.diagnose;
    return load ? { diagnostics: async () => JSON.stringify((await load())(this.deps.doc, this.deps.getUrl(), this.sites), null, 2) } : {};
  }

  /** The panel offers the copy only where the code that makes it can be loaded (deps.anonymise). */
  private copyOffer(): { saveCopy?: SaveCopy } {
    return this.deps.anonymise ? { saveCopy: this.saveCopy } : {};
  }

  /** A page read wrongly (or not at all) can be sent to IT as an anonymised copy; only a person's click saves one. */
  private readonly saveCopy = async (event: Event): Promise<string | null> => {
    const anonymise = this.deps.anonymise;
    if (!anonymise || !this.trusted(event)) return null;
    try {
      const copy = (await anonymise())(this.deps.doc, this.deps.getUrl(), { sites: this.sites });
      return copy && this.panel.download(copy.fileName, copy.html) ? copy.fileName : null;
    } catch {
      // Odd markup (or the code failing to load) must not break the panel: the button then says the copy could not be saved.
      return null;
    }
  };

  private showAnyway(): void {
    this.forced = true;
    this.panelState = null;
    this.scan();
  }

  /** The counts show once every comment is judged: a panel never shows a count that is still growing. */
  private renderPanel(): void {
    // Overlays on their way to the page: the panel changes with them, in the same task, so that the page is laid out
    // and painted once for both (the counts of a batch of comments came a frame before its overlays).
    if (!this.stopped && (this.draining || this.placingScheduled || this.placing.length > 0)) {
      this.panelLater = true;
      return;
    }
    this.panelLater = false;
    const gone = [...this.gone.values()].map((e) => ({
      key: e.key,
      authorName: e.comment.authorName,
      text: e.comment.text,
      documented: e.status.kinds.includes('documented') && !e.status.kinds.includes('removed'),
      busy: e.state.kind === 'busy',
      onConfirmRemoved: (event: Event) => void this.act(e.key, event, 'removed'),
    }));
    const ownPosts = this.ownPosts.views();
    const threads = this.threads.views();
    const counts =
      (this.complete || this.countedOnce) && (this.tracked.size > 0 || gone.length > 0 || ownPosts.length > 0 || this.baseInfo)
        ? ({
            kind: 'counts',
            counts: this.checks.labelled(this.totals()),
            ...this.copyOffer(),
            ...(gone.length > 0 ? { gone } : {}),
            ...(ownPosts.length > 0 ? { ownPosts } : {}),
            ...(threads.length > 0 ? { threads } : {}),
            ...(this.baseInfo ? { baseInfo: this.baseInfo } : {}),
            ...(this.officeState === 'unavailable' ? { officeUnavailable: true as const } : {}),
          } as const)
        : null;
    this.panel.show(this.panelState ?? counts);
  }

  private forget(key: string, vanished = false): void {
    const entry = this.tracked.get(key);
    if (!entry) return;
    // An archived comment gone from the post that is still open was most likely removed after archiving.
    if (vanished && entry.status.archived) this.gone.set(key, { ...entry, host: null, state: { kind: 'archived' } });
    this.nearby.unwatch(entry.anchor);
    // The comments it watched for are watched one by one from now on.
    for (const follower of entry.followers ?? []) {
      if (follower.watchedBy !== entry) continue;
      follower.watchedBy = undefined;
      if (!follower.near && !follower.host && this.tracked.get(follower.key) === follower) this.nearby.watch(follower.anchor);
    }
    entry.followers = undefined;
    entry.before = undefined;
    this.byAnchor.delete(entry.anchor);
    if (entry.seq !== undefined && this.order[entry.seq] === entry) this.order[entry.seq] = undefined;
    if (entry.host) {
      const target = container(entry.host);
      if (target) this.deps.render.clear(target);
      entry.host.remove();
    }
    this.tracked.delete(key);
    // Every comment gone (another post opened in the same tab): the next comments start the chunks afresh, their
    // first screenful alone first, as on a page just opened, instead of joining chunks the old post opened.
    if (this.tracked.size === 0) {
      this.order.length = 0;
      this.chunksOpen.clear();
      this.placedOnce = false;
    }
  }
}

