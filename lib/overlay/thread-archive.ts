/**
 * "Arkivera hela tråden": archives a post and every loaded comment of it that is not archived yet, one
 * record request at a time, yielding to the page between them. Each comment goes through the same path
 * as a single "Arkivera" click (the controller's, evidence included), so the bars and counts follow as
 * each one is archived. Only a person's click starts a run; clicks during a run are ignored, and a
 * second run finds everything archived (the background's recording is idempotent besides).
 */
import type { Post } from '../model';

/** What became of one item of a run: a new record, archived before, the record failed, or not tried. */
export type ItemOutcome = 'recorded' | 'already' | 'failed' | 'skipped';

/** The end of a run, for its summary. `post` is absent when the post could not be archived (no id). */
export interface ThreadTally {
  post?: 'recorded' | 'already' | 'failed';
  archived: number;
  already: number;
  failed: number;
  /** Not tried: a comment whose identity is in doubt, one busy with another action, or one gone. */
  skipped: number;
}

/** One post's "Arkivera hela tråden" control in the page panel. */
export interface ThreadView {
  key: string;
  /** The post's text (to tell several posts on one page apart). */
  text: string;
  running?: { done: number; total: number };
  summary?: ThreadTally;
  onArchive: (event: Event) => void;
}

/** A post's comments as the overlay tracks them: those left to archive, in page order, and those archived. */
export interface ThreadPlan {
  todo: string[];
  archived: number;
}

export interface ThreadDeps {
  trusted: (event: Event) => boolean;
  plan: (postKey: string) => ThreadPlan;
  /** The single "Arkivera" path for one comment, with the click that started the run. */
  archiveComment: (commentKey: string, event: Event) => Promise<ItemOutcome>;
  /** Archives the post itself; null when it cannot be (the page gives it no id). */
  archivePost: (post: Omit<Post, 'comments'>, event: Event) => Promise<ItemOutcome> | null;
  yieldToPage: () => Promise<void>;
  /** False once the overlay has stopped: the run ends where it is. */
  alive: () => boolean;
  /** Something the panel shows changed. */
  changed: () => void;
  /** A run ended (the page's counts are reported once, not per comment). */
  finished: () => void;
}

/** The key a post is known by on the page (its comments carry the same post object). */
export const postKey = (post: Omit<Post, 'comments'>): string => post.id ?? post.permalink ?? '';

interface Thread {
  post: Omit<Post, 'comments'>;
  running?: { done: number; total: number };
  summary?: ThreadTally;
}

export class ThreadArchive {
  private readonly threads = new Map<string, Thread>();

  constructor(private readonly deps: ThreadDeps) {}

  clear(): void {
    this.threads.clear();
  }

  /** Follows the posts of a complete scan; a post's run and summary stay while it is on the page. */
  update(posts: readonly Omit<Post, 'comments'>[]): void {
    const seen = new Set<string>();
    for (const post of posts) {
      const key = postKey(post);
      if (seen.has(key)) continue;
      // A thread is a post with comments: a post alone is no thread (and its page gets no panel for it).
      const plan = this.deps.plan(key);
      if (plan.todo.length + plan.archived === 0) continue;
      seen.add(key);
      const known = this.threads.get(key);
      if (known) known.post = post;
      else this.threads.set(key, { post });
    }
    for (const [key, thread] of this.threads) if (!seen.has(key) && !thread.running) this.threads.delete(key);
  }

  views(): ThreadView[] {
    return [...this.threads.entries()].map(([key, thread]) => ({
      key,
      text: thread.post.text,
      ...(thread.running ? { running: { ...thread.running } } : {}),
      ...(thread.summary ? { summary: thread.summary } : {}),
      onArchive: (event) => void this.run(key, event),
    }));
  }

  private async run(key: string, event: Event): Promise<void> {
    // A page script's click archives nothing; a second click while a run goes on starts no second run.
    const thread = this.threads.get(key);
    if (!this.deps.trusted(event) || !thread || thread.running) return;
    const { todo, archived } = this.deps.plan(key);
    const postRun = this.deps.archivePost(thread.post, event);
    const tally: ThreadTally = { archived: 0, already: archived, failed: 0, skipped: 0 };
    thread.summary = undefined;
    thread.running = { done: 0, total: todo.length + (postRun ? 1 : 0) };
    this.deps.changed();
    if (postRun) {
      const outcome = await postRun.catch((): ItemOutcome => 'failed');
      if (outcome !== 'skipped') tally.post = outcome;
      thread.running.done += 1;
      this.deps.changed();
    }
    for (const commentKey of todo) {
      await this.deps.yieldToPage();
      if (!this.deps.alive()) return;
      const outcome = await this.deps.archiveComment(commentKey, event).catch((): ItemOutcome => 'failed');
      if (outcome === 'recorded') tally.archived += 1;
      else tally[outcome] += 1;
      thread.running.done += 1;
      this.deps.changed();
    }
    thread.running = undefined;
    thread.summary = tally;
    this.deps.changed();
    this.deps.finished();
  }
}
