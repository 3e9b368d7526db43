/**
 * The office's own posts on the open page and their publishing reminders (lib/checks POST_CHECKS). A post
 * is the office's when its author's address is one of the office's accounts; a name alone never makes it
 * so. Answers ("Samtycke finns", "Åtgärdat") are logged by the background, on a person's click only, and
 * asked for again when the post comes back, so a reviewed post shows as handled after a reload.
 */
import { POST_CHECKS } from '../checks/page-checks';
import type { PostCheckDefinition, PostReminder } from '../checks/post-check';
import type { PersonalDataFinding } from '../checks/personal-data/types';
import { PUBLISHING_KINDS, type PublishingKind } from '../checks/publishing';
import type { PublishingOutcome, PublishingStatus, RequestOf, ResponseOf, Result } from '../messaging/protocol';
import type { Platform, Post, Site } from '../model';
import type { ScanResult } from '../sites/core/types';
import type { SiteRegistry } from '../sites/registry';

export interface OwnPostView {
  key: string;
  text: string;
  reminders: readonly PostReminder[];
  done?: PublishingStatus;
  busy: boolean;
  failed: boolean;
  onAnswer: (event: Event, outcome: PublishingOutcome) => void;
}

export interface OwnPostDeps {
  sites: SiteRegistry;
  trusted: (event: Event) => boolean;
  /** Something the panel shows changed. */
  changed: () => void;
  review?: (req: RequestOf<'reviewPublishing'>) => Promise<Result<ResponseOf<'reviewPublishing'>>>;
  status?: (req: RequestOf<'getPublishingStatus'>) => Promise<Result<ResponseOf<'getPublishingStatus'>>>;
  checks?: readonly PostCheckDefinition[];
  /**
   * The personal-data findings of posts' texts, in order (null when they could not be had): judged where
   * the text checks are (the background), so no detector runs on the page.
   */
  findings: (texts: string[]) => Promise<(readonly PersonalDataFinding[])[] | null>;
}

interface Entry {
  post: Omit<Post, 'comments'> & { id: string };
  authorUrl: string;
  site: Site;
  pageUrl: string;
  reminders: readonly PostReminder[];
  done?: PublishingStatus;
  busy: boolean;
  failed: boolean;
}

/** The pause before a post's findings are asked for again when the background did not answer. */
const FINDINGS_RETRY_MS = 5_000;

const isPublishingKind = (kind: string): kind is PublishingKind => (PUBLISHING_KINDS as readonly string[]).includes(kind);

export class OwnPosts {
  private readonly entries = new Map<string, Entry>();
  private readonly checks: readonly PostCheckDefinition[];
  /** Findings by post text, asked once per text; a text being asked for is in `asking`. */
  private readonly findings = new Map<string, readonly PersonalDataFinding[]>();
  private readonly askingFindings = new Set<string>();
  private last: { result: ScanResult; pageUrl: string; officeAccounts: readonly string[] } | null = null;
  /** Findings that could not be had are asked for again after this pause (the background was restarting). */
  private retry?: ReturnType<typeof setTimeout>;

  constructor(private readonly deps: OwnPostDeps) {
    this.checks = deps.checks ?? POST_CHECKS;
  }

  clear(): void {
    this.entries.clear();
    this.last = null;
    clearTimeout(this.retry);
    this.retry = undefined;
  }

  /** Follows the posts of a complete scan: reminders for the office's own, nothing for anyone else's. */
  update(result: ScanResult, pageUrl: string, officeAccounts: readonly string[]): void {
    this.last = { result, pageUrl, officeAccounts };
    const seen = new Set<string>();
    const asking: string[] = [];
    const unknownTexts: string[] = [];
    result.snapshot.posts.forEach((post, i) => {
      const authorUrl = result.postAuthors?.[i];
      if (!post.id || !authorUrl || officeAccounts.length === 0) return;
      if (this.deps.sites.matchAccount(authorUrl, officeAccounts) === null) return;
      const { comments: _, ...meta } = post;
      const findings = this.findings.get(post.text);
      if (!findings) {
        // Judged elsewhere: the post is taken up when its findings come (a known post keeps its reminders).
        if (this.entries.has(post.id)) seen.add(post.id);
        if (!this.askingFindings.has(post.text)) unknownTexts.push(post.text);
        return;
      }
      const reminders = this.checks.flatMap((check) => check.run(meta, { own: 'url', findings }));
      if (reminders.length === 0) return;
      seen.add(post.id);
      const known = this.entries.get(post.id);
      if (known) {
        Object.assign(known, { post: { ...meta, id: post.id }, reminders });
        return;
      }
      this.entries.set(post.id, { post: { ...meta, id: post.id }, authorUrl, site: result.snapshot.site as Site, pageUrl, reminders, busy: false, failed: false });
      asking.push(post.id);
    });
    for (const key of [...this.entries.keys()]) if (!seen.has(key)) this.entries.delete(key);
    if (asking.length > 0) void this.loadStatus(this.deps.sites.platformOf(result.snapshot.site) as Platform, asking);
    if (unknownTexts.length > 0) void this.loadFindings([...new Set(unknownTexts)]);
  }

  private async loadFindings(texts: string[]): Promise<void> {
    for (const text of texts) this.askingFindings.add(text);
    const found = await this.deps.findings(texts).catch(() => null);
    for (const text of texts) this.askingFindings.delete(text);
    if (!found) {
      // Not had: asked again in a few seconds (or at the next scan that sees the post, if sooner).
      this.retry ??= setTimeout(() => {
        this.retry = undefined;
        if (this.last) this.update(this.last.result, this.last.pageUrl, this.last.officeAccounts);
      }, FINDINGS_RETRY_MS);
      return;
    }
    texts.forEach((text, i) => this.findings.set(text, found[i] ?? []));
    if (this.last) {
      this.update(this.last.result, this.last.pageUrl, this.last.officeAccounts);
      this.deps.changed();
    }
  }

  get size(): number {
    return this.entries.size;
  }

  views(): OwnPostView[] {
    return [...this.entries.entries()].map(([key, e]) => ({
      key,
      text: e.post.text,
      reminders: e.reminders,
      ...(e.done ? { done: e.done } : {}),
      busy: e.busy,
      failed: e.failed,
      onAnswer: (event, outcome) => void this.answer(key, event, outcome),
    }));
  }

  private async loadStatus(platform: Platform, postIds: string[]): Promise<void> {
    const answer = await this.deps.status?.({ platform, postIds });
    if (!answer?.ok) return;
    for (const [id, status] of Object.entries(answer.value)) {
      const entry = this.entries.get(id);
      if (entry) entry.done = status;
    }
    this.deps.changed();
  }

  private async answer(key: string, event: Event, outcome: PublishingOutcome): Promise<void> {
    const entry = this.entries.get(key);
    // Only a person's click records anything: a page's script cannot answer for the communicator.
    if (!entry || entry.busy || entry.done || !this.deps.review || !this.deps.trusted(event)) return;
    const reminders = [...new Set(entry.reminders.map((r) => r.kind).filter(isPublishingKind))];
    if (reminders.length === 0) return;
    Object.assign(entry, { busy: true, failed: false });
    this.deps.changed();
    const result = await this.deps.review({
      site: entry.site,
      pageUrl: entry.pageUrl,
      post: { ...entry.post, authorUrl: entry.authorUrl },
      reminders,
      outcome,
    }).catch(() => null);
    entry.busy = false;
    if (result?.ok) entry.done = result.value.status;
    else entry.failed = true;
    this.deps.changed();
  }
}
