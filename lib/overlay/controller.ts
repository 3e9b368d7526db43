/**
 * Keeps one overlay beside every comment the site adapter finds, and one page panel with the counts.
 * Work is keyed by comment id (the sites recycle nodes), batched to one scan per frame, and everything
 * is undone when the signal aborts. Sites and checks come from their registries; drawing is the
 * renderer's (components/overlay/render.ts), so nothing here depends on a UI library.
 */
import { checkRegistry, type CheckContext, type CheckRegistry, type Counts, type OfficeMatch } from '../checks';
import type { WordLists } from '../checks/wordlists';
import type { ActionRequest, ResponseOf, Result, StatusRequest, SubjectStatus } from '../messaging/protocol';
import type { ActionKind, LawGroundId, Platform, Site } from '../model';
import { diagnose, scanPage } from '../sites';
import { siteRegistry, type SiteRegistry } from '../sites/registry';
import { dated, type Mounted } from './entry';
import { container, createHost, HOST_TAG, isOwnMutation, PanelHost } from './hosts';
import type { OverlayRenderer, PanelState } from './types';

export { HOST_TAG, PANEL_TAG } from './hosts';
const REJUDGE_MS = 60_000;

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
  /** After each scan of a recognised site: what is open on this page, and whose page it is. */
  onScanned?: (counts: Counts, accountName: string) => void;
  /** The office's accounts; elsewhere the overlay stays quiet until the user asks for it. */
  officeAccounts?: readonly string[];
  /** The supported sites and the checks to run (the product's registries unless a test brings its own). */
  sites?: SiteRegistry;
  checks?: CheckRegistry;
  /**
   * Whether an event was caused by a person. Only such events may lead to a record; the default asks
   * the browser (`isTrusted`). Unit tests on a DOM library without trusted events bring their own.
   */
  isTrusted?: (event: Event) => boolean;
}

/** The office's reply counts once: an address match is certain, a name match only probable. */
const stronger = (a: OfficeMatch, b: OfficeMatch): OfficeMatch => (a === 'url' || b === 'url' ? 'url' : a || b);

const EMPTY_STATUS: SubjectStatus = { kinds: [] };

export class OverlayController {
  private readonly mounted = new Map<string, Mounted>();
  private scheduled = false;
  private observer?: MutationObserver;
  private readonly panel: PanelHost;
  private timer?: ReturnType<typeof setInterval>;
  private panelState: PanelState | null = null;
  /** Set when the user chose "show anyway" on a page that is not the office's. */
  private forced = false;
  private readonly now: () => Date;
  private readonly sites: SiteRegistry;
  private readonly checks: CheckRegistry;
  private readonly trusted: (event: Event) => boolean;

  constructor(private readonly deps: OverlayDeps) {
    this.now = deps.now ?? (() => new Date());
    this.sites = deps.sites ?? siteRegistry;
    this.checks = deps.checks ?? checkRegistry;
    this.trusted = deps.isTrusted ?? ((event) => event.isTrusted === true);
    this.panel = new PanelHost(deps.doc, deps.css, deps.render);
  }

  /** Scans now and on every later DOM change until the signal aborts. */
  start(signal: AbortSignal): void {
    this.scan();
    this.observer = new MutationObserver((mutations) => {
      if (!mutations.every(isOwnMutation)) this.schedule();
    });
    this.observer.observe(this.deps.doc.documentElement, { childList: true, subtree: true });
    // Reply deadlines pass while the page sits open; re-judge so "overdue" appears without a reload.
    this.timer = setInterval(() => this.rejudgeAll(), REJUDGE_MS);
    signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  stop(): void {
    this.observer?.disconnect();
    clearInterval(this.timer);
    for (const id of [...this.mounted.keys()]) this.unmount(id);
    this.panelState = null;
    this.renderPanel();
  }

  get count(): number {
    return this.mounted.size;
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

  scan(): void {
    const url = this.deps.getUrl();
    const result = scanPage(this.deps.doc, url, this.sites);
    const officeAccounts = this.deps.officeAccounts ?? [];
    if (result && !this.forced && !this.sites.isOfficePage(url, result.snapshot.posts, officeAccounts)) {
      for (const id of [...this.mounted.keys()]) this.unmount(id);
      this.panelState = { kind: 'quiet', onShow: (event) => this.trusted(event) && this.showAnyway() };
      this.renderPanel();
      return;
    }
    const found = result?.found ?? [];
    // Who answered whom is read from the adapters' `byOffice`, decided by profile address (names only
    // where the page shows none), never by comparing display names here: a look-alike answers nothing.
    const officeReplied = new Map<string, OfficeMatch>();
    for (const { comment: c } of found) {
      if (c.isReply && c.parentId && c.byOffice) officeReplied.set(c.parentId, stronger(officeReplied.get(c.parentId) ?? false, c.officeMatch ?? 'url'));
    }
    const seen = new Set<string>();
    const changed: string[] = [];
    const unknown: string[] = [];
    const occurrences = new Map<string, number>();
    for (const { comment, post, element } of found) {
      // Two comments claiming one id both get a bar (each marked): keyed apart, never one dropped.
      const n = (occurrences.get(comment.id) ?? 0) + 1;
      occurrences.set(comment.id, n);
      const mountKey = n === 1 ? comment.id : `${comment.id}#${n}`;
      seen.add(mountKey);
      const own: OfficeMatch = comment.byOffice ? (comment.officeMatch ?? 'url') : false;
      const replied = officeReplied.get(comment.id) ?? false;
      const key = `${comment.text}\u0000${own}\u0000${replied}\u0000${comment.idCollision === true}`;
      const current = this.mounted.get(mountKey);
      if (current && current.anchor === element && current.host.isConnected) {
        current.comment = comment;
        current.post = post;
        if (current.judgedKey !== key) {
          Object.assign(current, { own, officeReplied: replied });
          this.judge(current, key);
          changed.push(mountKey);
        }
        continue;
      }
      if (current) this.unmount(mountKey);
      const entry = {
        host: createHost(this.deps.doc, this.deps.css, HOST_TAG, comment.id),
        anchor: element,
        comment,
        post,
        site: result!.snapshot.site,
        status: current?.status ?? EMPTY_STATUS,
        state: current?.state ?? { kind: 'unknown' },
        expanded: current?.expanded ?? false,
        identityChecked: current?.identityChecked ?? false,
        own,
        officeReplied: replied,
      } as Mounted;
      this.judge(entry, key);
      this.sites.byId(entry.site).place(element, entry.host);
      this.mounted.set(mountKey, entry);
      changed.push(mountKey);
      if (entry.state.kind === 'unknown') unknown.push(mountKey);
    }
    for (const id of [...this.mounted.keys()]) if (!seen.has(id)) this.unmount(id);
    for (const id of changed) this.renderEntry(id);
    const unrecognised = result !== null && result.snapshot.posts.length === 0 && found.length === 0 && this.sites.isContentPage(url);
    this.panelState = unrecognised
      ? { kind: 'unrecognised', diagnostics: () => JSON.stringify(diagnose(this.deps.doc, this.deps.getUrl(), this.sites), null, 2) }
      : null;
    this.renderPanel();
    if (result) this.deps.onScanned?.(this.counts(), result.snapshot.posts.find((p) => p.authorName)?.authorName ?? '');
    if (unknown.length > 0 && result) void this.loadStatus(this.platformOf(result.snapshot.site), unknown);
  }

  private platformOf(site: string): Platform {
    return this.sites.platformOf(site) as Platform;
  }

  private context(entry: Mounted): CheckContext {
    return { now: this.now(), own: entry.own, officeReplied: entry.officeReplied, wordLists: this.deps.wordLists };
  }

  private judge(entry: Mounted, key: string): void {
    entry.judgement = this.checks.judge(dated(entry, this.now()), this.context(entry));
    entry.judgedKey = key;
  }

  /** Time passing only moves deadlines: the timed checks run again, the text checks stand. */
  private rejudgeAll(): void {
    for (const [id, entry] of this.mounted) {
      const before = this.checks.badges(entry.judgement, entry.status.kinds);
      entry.judgement = this.checks.rejudgeTimed(entry.judgement, dated(entry, this.now()), this.context(entry));
      const after = this.checks.badges(entry.judgement, entry.status.kinds);
      if (JSON.stringify(before) !== JSON.stringify(after)) this.renderEntry(id);
    }
    this.renderPanel();
    void this.refreshRegistrations();
  }

  /** Registration numbers arrive after the registry answers; pick them up for archived comments. */
  private async refreshRegistrations(): Promise<void> {
    const waiting = [...this.mounted.entries()].filter(([, e]) => e.status.archived && !e.status.archived.registrationNumber);
    if (waiting.length === 0) return;
    const platform = this.platformOf(waiting[0]![1].site);
    const result = await this.deps.status({ platform, commentIds: [...new Set(waiting.map(([, e]) => e.comment.id))] });
    if (!result.ok) return;
    for (const [id] of waiting) {
      const entry = this.mounted.get(id);
      const status = entry ? result.value[entry.comment.id] : undefined;
      if (!entry || !status?.archived?.registrationNumber || entry.state.kind === 'busy') continue;
      entry.status = status;
      this.renderEntry(id);
    }
  }

  private async loadStatus(platform: Platform, keys: string[]): Promise<void> {
    const ids = [...new Set(keys.map((key) => this.mounted.get(key)?.comment.id ?? key))];
    const result = await this.deps.status({ platform, commentIds: ids });
    for (const id of keys) {
      const entry = this.mounted.get(id);
      if (!entry || entry.state.kind !== 'unknown') continue;
      // Without an answer the buttons stay usable: recording is idempotent in the background.
      entry.status = (result.ok ? result.value[entry.comment.id] : undefined) ?? EMPTY_STATUS;
      entry.state = entry.status.archived ? { kind: 'archived' } : { kind: 'idle' };
      this.renderEntry(id);
    }
    this.renderPanel();
  }

  private async act(id: string, event: Event, kind: ActionKind, lawGround?: LawGroundId): Promise<void> {
    // A page script that reached a handler some other way still cannot make a record.
    if (!this.trusted(event)) return;
    const entry = this.mounted.get(id);
    if (!entry || entry.state.kind === 'busy' || entry.status.kinds.includes(kind)) return;
    if (entry.comment.idCollision && !entry.identityChecked) return;
    entry.state = { kind: 'busy', action: kind };
    this.renderEntry(id);
    const result = await this.deps.record({
      kind,
      site: entry.site as Site,
      pageUrl: this.deps.getUrl(),
      comment: entry.comment,
      post: entry.post,
      checks: [...this.checks.tags(entry.judgement), ...(entry.comment.idCollision ? ['identity-checked'] : [])].slice(0, 32),
      ...(entry.comment.idCollision ? { identityChecked: true } : {}),
      ...(lawGround ? { lawGround } : {}),
    });
    const now = this.mounted.get(id);
    if (!now) return;
    if (result.ok) now.status = result.value.status;
    now.wiped = result.ok ? result.value.wiped : undefined;
    now.state = result.ok
      ? now.status.archived
        ? { kind: 'archived' }
        : { kind: 'idle' }
      : { kind: 'error', error: result.error };
    this.renderEntry(id);
    this.renderPanel();
    this.deps.onScanned?.(this.counts(), entry.post.authorName ?? '');
  }

  private renderEntry(id: string): void {
    const entry = this.mounted.get(id);
    const target = entry ? container(entry.host) : null;
    if (!entry || !target) return;
    const recorded = entry.status.kinds;
    this.deps.render.comment(target, {
      authorName: entry.comment.authorName,
      state: entry.state,
      status: entry.status,
      identity: entry.comment.idCollision ? (entry.identityChecked ? 'checked' : 'in-doubt') : 'ok',
      badges: this.checks.badges(entry.judgement, recorded),
      items: this.checks.checklist(entry.judgement, recorded),
      expanded: entry.expanded,
      ...(entry.wiped ? { wiped: entry.wiped } : {}),
      onToggle: () => {
        entry.expanded = !entry.expanded;
        this.renderEntry(id);
      },
      onAction: (event, kind, ground) => void this.act(id, event, kind, ground),
      onConfirmIdentity: (event) => {
        if (!this.trusted(event)) return;
        entry.identityChecked = true;
        this.renderEntry(id);
      },
      accept: this.trusted,
    });
  }

  private totals(): Record<string, number> {
    const total = this.checks.emptyCounts();
    for (const e of this.mounted.values()) this.checks.count(total, e.judgement, e.status.kinds);
    return total;
  }

  /** The product's counts; a test registry's extra counts ride along in the same object. */
  private counts(): Counts {
    return this.totals() as Counts;
  }

  private showAnyway(): void {
    this.forced = true;
    this.panelState = null;
    this.scan();
  }

  private renderPanel(): void {
    const state: PanelState | null =
      this.panelState ?? (this.mounted.size > 0 ? { kind: 'counts', counts: this.checks.labelled(this.totals()) } : null);
    this.panel.show(state);
  }

  private unmount(id: string): void {
    const entry = this.mounted.get(id);
    if (!entry) return;
    const target = container(entry.host);
    if (target) this.deps.render.clear(target);
    entry.host.remove();
    this.mounted.delete(id);
  }
}
