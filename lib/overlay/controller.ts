/**
 * Keeps one overlay beside every comment the site adapter finds. Work is keyed by comment id (Facebook
 * recycles nodes), batched to one scan per frame, and everything is undone when the signal aborts.
 */
import { h, render } from 'preact';
import CommentOverlay, { type OverlayState } from '../../components/overlay/CommentOverlay';
import type { ArchiveRequest, ArchiveStatus, Result, StatusRequest } from '../messaging';
import type { Comment, Post, Site } from '../model';
import { platformOfSite } from '../background/account';
import { scanPage } from '../sites';

export const HOST_TAG = 'modereringsstod-overlay';

export interface OverlayDeps {
  doc: Document;
  getUrl: () => string;
  css: string;
  archive: (req: ArchiveRequest) => Promise<Result<{ status: ArchiveStatus; alreadyArchived: boolean }>>;
  status: (req: StatusRequest) => Promise<Result<Record<string, ArchiveStatus>>>;
}

interface Mounted {
  host: HTMLElement;
  anchor: Element;
  comment: Comment;
  post: Omit<Post, 'comments'>;
  site: Site;
  state: OverlayState;
}

export class OverlayController {
  private readonly mounted = new Map<string, Mounted>();
  private scheduled = false;
  private observer?: MutationObserver;

  constructor(private readonly deps: OverlayDeps) {}

  /** Scans now and on every later DOM change until the signal aborts. */
  start(signal: AbortSignal): void {
    this.scan();
    this.observer = new MutationObserver((mutations) => {
      if (!mutations.every((m) => this.isOwnMutation(m))) this.schedule();
    });
    this.observer.observe(this.deps.doc.documentElement, { childList: true, subtree: true });
    signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  stop(): void {
    this.observer?.disconnect();
    for (const id of [...this.mounted.keys()]) this.unmount(id);
  }

  get count(): number {
    return this.mounted.size;
  }

  private isOwnMutation(m: MutationRecord): boolean {
    const own = (n: Node) => n.nodeName.toLowerCase() === HOST_TAG;
    return [...m.addedNodes].every(own) && [...m.removedNodes].every(own);
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
    const result = scanPage(this.deps.doc, this.deps.getUrl());
    const seen = new Set<string>();
    const unknown: string[] = [];
    for (const { comment, post, element } of result?.found ?? []) {
      seen.add(comment.id);
      const site = result!.snapshot.site;
      const current = this.mounted.get(comment.id);
      if (current && current.anchor === element && current.host.isConnected) {
        current.comment = comment;
        current.post = post;
        continue;
      }
      if (current) this.unmount(comment.id);
      const entry: Mounted = {
        host: this.createHost(comment.id),
        anchor: element,
        comment,
        post,
        site,
        state: current?.state ?? { kind: 'unknown' },
      };
      placeBeside(element, entry.host);
      this.mounted.set(comment.id, entry);
      this.renderEntry(comment.id);
      if (entry.state.kind === 'unknown') unknown.push(comment.id);
    }
    for (const id of [...this.mounted.keys()]) if (!seen.has(id)) this.unmount(id);
    if (unknown.length > 0 && result) void this.loadStatus(platformOfSite(result.snapshot.site), unknown);
  }

  private createHost(commentId: string): HTMLElement {
    const host = this.deps.doc.createElement(HOST_TAG);
    host.dataset.commentId = commentId;
    const root = host.attachShadow({ mode: 'open' });
    const style = this.deps.doc.createElement('style');
    style.textContent = this.deps.css;
    // Preact owns only this container: rendering into the shadow root itself would remove the style.
    root.append(style, this.deps.doc.createElement('div'));
    return host;
  }

  private async loadStatus(platform: 'facebook' | 'instagram', ids: string[]): Promise<void> {
    const result = await this.deps.status({ platform, commentIds: ids });
    for (const id of ids) {
      const status = result.ok ? result.value[id] : undefined;
      // Without an answer the button stays usable: archiving is idempotent in the background.
      this.setState(id, status ? { kind: 'archived', status } : { kind: 'idle' }, ['unknown']);
    }
  }

  private async archive(id: string): Promise<void> {
    const entry = this.mounted.get(id);
    if (!entry || entry.state.kind === 'busy' || entry.state.kind === 'archived') return;
    this.setState(id, { kind: 'busy' });
    const result = await this.deps.archive({
      site: entry.site,
      pageUrl: this.deps.getUrl(),
      comment: entry.comment,
      post: entry.post,
    });
    this.setState(id, result.ok ? { kind: 'archived', status: result.value.status } : { kind: 'error', error: result.error });
  }

  private setState(id: string, state: OverlayState, onlyFrom?: OverlayState['kind'][]): void {
    const entry = this.mounted.get(id);
    if (!entry || (onlyFrom && !onlyFrom.includes(entry.state.kind))) return;
    entry.state = state;
    this.renderEntry(id);
  }

  private renderEntry(id: string): void {
    const container = this.mounted.get(id)?.host.shadowRoot?.lastElementChild;
    const entry = this.mounted.get(id);
    if (!entry || !container) return;
    render(
      h(CommentOverlay, {
        authorName: entry.comment.authorName,
        state: entry.state,
        onArchive: () => void this.archive(id),
      }),
      container,
    );
  }

  private unmount(id: string): void {
    const entry = this.mounted.get(id);
    if (!entry) return;
    const container = entry.host.shadowRoot?.lastElementChild;
    if (container) render(null, container);
    entry.host.remove();
    this.mounted.delete(id);
  }
}

/**
 * Puts the host right after the comment's own content: after the article, or, when Facebook nests the
 * replies inside the parent's article, just before the nested replies so the bar stays with its comment.
 */
function placeBeside(article: Element, host: HTMLElement): void {
  const nested = article.querySelector('[role="article"]');
  if (!nested) {
    article.after(host);
    return;
  }
  let child: Element = nested;
  while (child.parentElement && child.parentElement !== article) child = child.parentElement;
  article.insertBefore(host, child);
}
