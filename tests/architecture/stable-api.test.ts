/**
 * The stable module API (../shared/DESIGN.md): tests outside the repo import these paths and names and call them as
 * written there. Code may move, as re-exports; this test fails when a name, a path or a result's shape goes away (as
 * `replyDue(comment, { now, settings })` and `isQuestion` in reply-due.ts did once, when what a text asks moved to the
 * background).
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import * as calendar from '../../lib/calendar/index';
import * as personalData from '../../lib/checks/personal-data';
import * as political from '../../lib/checks/political';
import * as replyDueApi from '../../lib/checks/reply-due';
import * as unlawful from '../../lib/checks/unlawful';
import * as sites from '../../lib/sites/index';

describe('the stable module API', () => {
  it('lib/sites/index.ts: readPage(doc, url) on a Document built by a DOM library', () => {
    const window = new Window({ url: 'https://www.facebook.com/' });
    const doc = window.document as unknown as Document;
    doc.body.innerHTML = `<div role="main"><div data-ad-rendering-role="story_message"><div dir="auto">Inlägget.</div></div>
      <div role="article" aria-label="Kommentar av Person 1"><a href="https://www.facebook.com/person.1">Person 1</a>
      <div dir="auto">När öppnar simhallen?</div>
      <a href="https://www.facebook.com/norrbyexempel/posts/123456789?comment_id=1001">2 d</a></div></div>`;
    const snapshot = sites.readPage(doc, 'https://www.facebook.com/norrbyexempel/posts/123456789');
    expect(snapshot?.site).toBe('facebook');
    const comment = snapshot?.posts.flatMap((p) => p.comments)[0];
    expect(comment).toMatchObject({ authorName: 'Person 1', text: 'När öppnar simhallen?', isReply: false });
    expect(typeof comment?.id).toBe('string');
    expect(sites.readPage(doc, 'https://example.org/')).toBeNull();
  });

  it('lib/checks/personal-data.ts: findPersonalData(text) → [{ kind, start, end, text }]', () => {
    const text = 'Mitt personnummer är 811228-9874.';
    const [finding] = personalData.findPersonalData(text);
    expect(finding).toMatchObject({ kind: 'personnummer', text: '811228-9874' });
    expect(text.slice(finding!.start, finding!.end)).toBe(finding!.text);
  });

  it('lib/checks/political.ts: findPoliticalContent(text) → { political, terms }', () => {
    expect(political.findPoliticalContent('Rösta på Moderaterna i höst!')).toMatchObject({ political: true, terms: expect.arrayContaining([expect.any(String)]) });
    expect(political.findPoliticalContent('Simhallen öppnar i morgon.')).toMatchObject({ political: false, terms: [] });
  });

  it('lib/checks/reply-due.ts: replyDue(comment, { now, settings }) → { needed, dueAt?, overdue }, and isQuestion(text)', () => {
    const comment = { id: 'c', authorName: 'Robin', text: 'När öppnar simhallen?', isReply: false, postedAt: '2026-03-10T09:00:00+01:00' };
    expect(replyDueApi.replyDue(comment, { now: new Date('2026-03-11T09:00:01+01:00'), settings: { replyWithinWorkingHours: 24 } })).toMatchObject({
      needed: true, dueAt: '2026-03-11T09:00:00+01:00', overdue: true,
    });
    expect(replyDueApi.isQuestion('När öppnar simhallen?')).toBe(true);
    expect(replyDueApi.isQuestion('Tack så mycket!')).toBe(false);
  });

  it('lib/checks/unlawful.ts: findUnlawfulCandidates(text) → { flagged, grounds, terms }', () => {
    expect(unlawful.findUnlawfulCandidates('Jag ska döda dig om du inte tar bort det här.')).toMatchObject({
      flagged: true, grounds: ['olaga-hot'], terms: expect.arrayContaining([expect.any(String)]),
    });
    expect(unlawful.findUnlawfulCandidates('Tack för en fin dag i parken!')).toMatchObject({ flagged: false, grounds: [], terms: [] });
  });

  it('lib/calendar/index.ts: isWorkingDay(date), swedishHolidays(year), nextMonitoringTimes(now, settings)', () => {
    expect(calendar.isWorkingDay(new Date('2026-06-19T12:00:00+02:00'))).toBe(false); // midsommarafton
    expect(calendar.isWorkingDay(new Date('2026-06-22T12:00:00+02:00'))).toBe(true);
    expect(calendar.swedishHolidays(2026).length).toBeGreaterThan(10);
    const next = calendar.nextMonitoringTimes(new Date('2026-06-22T10:00:00+02:00'), { times: ['09:00', '12:00', '15:00'], includeNonWorkingDays: false });
    expect(next.map((d) => d.toISOString())).toEqual(['2026-06-22T10:00:00.000Z', '2026-06-22T13:00:00.000Z', '2026-06-23T07:00:00.000Z']);
  });
});
