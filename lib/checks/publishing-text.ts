/** The publishing reminders of a post's text, with the personal-data detectors run here (background, tests, bench). */
import { findPersonalData } from './personal-data';
import { publishingReminders, type PublishingReminder } from './publishing';

export function findPublishingReminders(text: string): PublishingReminder[] {
  return publishingReminders(text, findPersonalData(text));
}
