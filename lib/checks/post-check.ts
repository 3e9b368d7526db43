/**
 * A check on a post rather than a comment: the office's own posts are judged as its publications
 * (publishing rules), other accounts' posts not at all. The same shape as `defineCheck`, smaller: a post
 * has reminders in the page panel, not a bar with counts.
 */
import type { Post } from '../model';
import type { OfficeMatch } from './define';
import type { PersonalDataFinding } from './personal-data/types';

export interface PostCheckContext {
  /** Whether the office's own account wrote the post, by its address (`url`) or only its name. */
  own: OfficeMatch;
  /**
   * The personal-data findings in the post's text, from wherever the text checks run (the background,
   * for the overlay): a post check reads them with its own rules and runs no detector itself.
   */
  findings: readonly PersonalDataFinding[];
}

/** One reminder line in the page panel; the buttons record what the communicator decided. */
export interface PostReminder {
  kind: string;
  text: string;
  /** The post's words that raised it. */
  excerpt: string;
}

export interface PostCheckDefinition<Id extends string = string> {
  readonly id: Id;
  /** Pure: the reminders for one post, none for a post the office did not write. */
  run(post: Omit<Post, 'comments'>, ctx: PostCheckContext): readonly PostReminder[];
  /** Tags stored in the record's `checks` when the communicator answers the reminders. */
  tags(reminders: readonly PostReminder[]): readonly string[];
}

export function definePostCheck<const Id extends string>(spec: PostCheckDefinition<Id>): PostCheckDefinition<Id> {
  return spec;
}
