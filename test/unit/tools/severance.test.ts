import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeSeverance, SeveranceInputSchema, SeveranceOutputSchema, type SeveranceInput } from '../../../src/tools/index.js';
import { REGULATION_TEXT } from './corpus.js';

const run = (input: SeveranceInput) => SeveranceOutputSchema.parse(computeSeverance(SeveranceInputSchema.parse(input)));
const base = { monthly_gross_pay: 5000, reason: 'position_not_needed' } as const;

describe('computeSeverance › minimum service (Madde 7 ¶1)', () => {
  it.each([[0, 'not_eligible', 0], [1.99, 'not_eligible', 0], [2, 'eligible', 10000], [2.5, 'eligible', 12500], [12, 'eligible', 60000], [12.5, 'eligible', 62500]] as const)(
    '%d years → %s, %d TL',
    (years, eligibility, amount) => {
      const out = run({ ...base, years_of_service: years });
      expect(out.eligibility).toBe(eligibility);
      expect(out.amount).toBe(amount);
    },
  );

  it('shows the calculation, the unknown cap and verbatim basis', () => {
    const out = run({ ...base, years_of_service: 12.5 });
    expect(out.calculation).toBe('5.000,00 TL × 12 tam yıl + 5.000,00 TL × 0,5 yıl = 62.500,00 TL');
    expect(out.cap_status).toBe('not_computable');
    expect(out.notes.join(' ')).toContain('hesaplanamaz');
    for (const b of out.basis) expect(REGULATION_TEXT.includes(b.quote)).toBe(true);
  });

  it('applies the retirement-bonus cap when supplied', () => {
    const out = run({ ...base, years_of_service: 3, retirement_bonus_cap_per_year: 4000 });
    expect([out.cap_status, out.amount]).toEqual(['capped', 12000]);
    expect(run({ ...base, years_of_service: 3, retirement_bonus_cap_per_year: 6000 }).cap_status).toBe('within');
  });

  it('excludes interrupted service and part-time staff, except contract teachers', () => {
    expect(run({ ...base, years_of_service: 5, uninterrupted: false }).eligible).toBe(false);
    expect(run({ ...base, years_of_service: 5, weekly_hours: 30 }).eligible).toBe(false);
    expect(run({ ...base, years_of_service: 5, weekly_hours: 30, contract_teacher: true }).eligible).toBe(true);
  });
});

describe('computeSeverance › reasons (Madde 7 ¶1, ¶4; Ek Madde 6)', () => {
  it.each([
    ['pension', 'eligible'], ['position_not_needed', 'eligible'], ['resignation_with_notice', 'eligible'],
    ['resignation_title_change', 'eligible'], ['resignation_relocation_refused', 'eligible'], ['lost_qualification', 'eligible'],
    ['death', 'eligible'], ['resignation_without_notice', 'not_eligible'], ['absence', 'not_eligible'],
    ['breach_after_warning', 'not_eligible'], ['qualification_never_met', 'not_eligible'], ['project_completed', 'unclear'], ['age_limit', 'unclear'],
  ] as const)('%s → %s', (reason, eligibility) => {
    const out = run({ monthly_gross_pay: 4000, years_of_service: 5, reason });
    expect(out.eligibility).toBe(eligibility);
    expect(out.amount).toBe(eligibility === 'not_eligible' ? 0 : 20000);
  });

  it('cites Ek Madde 6 for a resignation with notice and pays heirs on death', () => {
    expect(run({ monthly_gross_pay: 4000, years_of_service: 5, reason: 'resignation_with_notice' }).basis.map((b) => b.article)).toContain('Ek Madde 6');
    expect(run({ monthly_gross_pay: 4000, years_of_service: 5, reason: 'death' }).notes.join(' ')).toContain('mirasçı');
  });
});

describe('computeSeverance › foreign nationals abroad (Madde 7 ¶3)', () => {
  it.each([
    ['position_not_needed', true, 'eligible', 5000],
    ['age_limit', true, 'eligible', 5000],
    ['position_not_needed', undefined, 'unclear', 5000],
    ['position_not_needed', false, 'not_eligible', 0],
    ['resignation_with_notice', true, 'not_eligible', 0],
  ] as const)('%s, clause %s → %s, at most %d TL', (reason, clause, eligibility, amount) => {
    const out = run({ monthly_gross_pay: 2000, years_of_service: 5, reason, foreign_national_abroad: true, ...(clause === undefined ? {} : { contract_has_severance_clause: clause }) });
    expect(out.rule).toBe('foreign_abroad');
    expect([out.eligibility, out.amount]).toEqual([eligibility, amount]);
  });
});

describe('computeSeverance › properties', () => {
  it('amount = pay × years for eligible domestic cases, and grows with service', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 200, max: 4000 }), fc.integer({ min: 0, max: 500 }), (pay, y100, more) => {
        const a = run({ monthly_gross_pay: pay, years_of_service: y100 / 100, reason: 'pension' });
        const b = run({ monthly_gross_pay: pay, years_of_service: (y100 + more) / 100, reason: 'pension' });
        expect(Math.abs(a.amount - pay * (y100 / 100))).toBeLessThanOrEqual(0.011);
        expect(b.amount).toBeGreaterThanOrEqual(a.amount);
      }),
    );
  });
});
