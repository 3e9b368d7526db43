// The options page shows the built-in words read-only, with their count, so "Ignorera inbyggda" can be used.
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import BuiltInTerms from '../../components/options/BuiltInTerms';
import { builtInTerms } from '../../lib/checks/builtin-terms';
import politicalSv from '../../lib/checks/data/political-sv.json';

describe('the built-in words on the options page', () => {
  it('lists every built-in political word of the data files, grouped, with the total', () => {
    const groups = builtInTerms('political');
    const all = groups.flatMap((g) => g.terms);
    for (const term of Object.values(politicalSv.terms).flat()) expect(all).toContain(term);
    const el = document.body.appendChild(document.createElement('div'));
    render(<BuiltInTerms list="political" />, el);
    expect(el.querySelector('[data-testid=builtin-political] summary')!.textContent).toBe('optionsBuiltInSummary');
    expect(el.querySelectorAll('dt')).toHaveLength(groups.length);
    expect(el.querySelector('dd')!.textContent).toContain('socialdemokrat*');
    // Shown, never editable.
    expect(el.querySelector('textarea, input')).toBeNull();
    el.remove();
  });

  it('lists the unlawful-content phrases by legal ground', () => {
    const groups = builtInTerms('unlawful');
    expect(groups.length).toBeGreaterThanOrEqual(5);
    expect(groups.find((g) => g.label === 'ground_olaga_hot')?.terms).toContain('vi vet var du bor');
  });
});
