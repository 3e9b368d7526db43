/** The pattern rules in lib/checks/data/unlawful-rules.json: each rule's own positive and negative examples. */
import { describe, expect, it } from 'vitest';
import { findUnlawfulCandidates, rulesFired } from '../../lib/checks/unlawful';
import { RULE_SPECS, ruleHits } from '../../lib/checks/unlawful-rules';

// As the check runs them: on normalised text, exceptions ("skjuta upp", "döda ogräset") applied.
const fired = rulesFired;

describe('unlawful pattern rules', () => {
  it('every rule has positive and negative examples', () => {
    for (const rule of RULE_SPECS) {
      expect(rule.hit.length, rule.id).toBeGreaterThan(0);
      expect(rule.miss.length, rule.id).toBeGreaterThan(0);
    }
  });

  describe.each(RULE_SPECS.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    it.each(rule.hit)(`fires, suggesting ${rule.ground}: %s`, (text) => {
      expect(fired(text).has(rule.id)).toBe(true);
      expect(findUnlawfulCandidates(text).grounds).toContain(rule.ground);
    });
    it.each(rule.miss)('does not fire: %s', (text) => {
      expect(fired(text).has(rule.id)).toBe(false);
    });
  });

  it('needs its lists in one sentence when scoped to a sentence', () => {
    expect(fired('Det är kallt. Nästa gång slår jag ihjäl honom.').has('threat-first-person')).toBe(true);
    expect(fired('Jag gillar parken. Jägaren ska döda honom, sa de.').has('threat-first-person')).toBe(false);
    expect(fired('Somalier bor i området. Råttor är ett problem här.').has('dehumanising-group')).toBe(false);
  });

  it('points its spans at the words that made it fire', () => {
    const text = 'Om ni river stugan så bränner jag ner ert kontor.';
    const spans = ruleHits(text).filter((h) => h.rule === 'threat-first-person');
    expect(spans.map((s) => text.slice(s.start, s.end)).sort()).toEqual(['bränner jag ner', 'jag'].sort());
  });
});
