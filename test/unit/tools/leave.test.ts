import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { annualLeaveDays, computeLeave, LeaveInputSchema, LeaveOutputSchema, runTool, type LeaveInput } from '../../../src/tools/index.js';
import { REGULATION_TEXT, TODAY } from './corpus.js';

const run = (input: Partial<LeaveInput> & { kind: LeaveInput['kind'] }) => LeaveOutputSchema.parse(computeLeave(LeaveInputSchema.parse(input)));

describe('computeLeave › annual (Madde 9 ¶1)', () => {
  it.each([
    [0, 0], [0.5, 0], [0.99, 0], [1, 20], [5.5, 20], [9.99, 20], [10, 20], [10.01, 30], [12, 30], [40, 30],
  ])('%d years → %d days', (years, days) => {
    const out = run({ kind: 'annual', years_of_service: years });
    expect(out.days).toBe(days);
    expect(out.entitled).toBe(days > 0);
  });

  it('says under one year is not covered by the wording', () => {
    const out = run({ kind: 'annual', years_of_service: 0.5 });
    expect(out.summary).toContain('yıllık izin öngörülmemiştir');
    expect(out.notes.join(' ')).toContain('bir yıldan on yıla kadar');
  });

  it('explains exactly ten years', () => {
    const out = run({ kind: 'annual', years_of_service: 10 });
    expect(out.calculation).toBe('1 yıl ≤ 10 yıl ≤ 10 yıl → 20 gün');
    expect(out.notes[0]).toContain('Tam on yıl');
  });

  it('replaces annual leave by school holidays for contract teachers', () => {
    const out = run({ kind: 'annual', years_of_service: 12, contract_teacher: true });
    expect(out.days).toBe(0);
    expect(out.basis[0]?.paragraph).toBe('2');
    expect(out.summary).toContain('yaz tatili');
  });

  it('never decreases with service (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 50, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(annualLeaveDays(lo)).toBeLessThanOrEqual(annualLeaveDays(hi));
        expect([0, 20, 30]).toContain(annualLeaveDays(hi));
      }),
    );
  });
});

describe('computeLeave › maternity (Madde 9 ¶3)', () => {
  it.each([
    [{}, 8, 8, 16, 0],
    [{ multiple_pregnancy: true }, 10, 8, 18, 0],
    [{ work_until_weeks_before_birth: 3, doctor_report: true }, 3, 13, 16, 5],
    [{ work_until_weeks_before_birth: 5, doctor_report: true }, 5, 11, 16, 3],
    [{ work_until_weeks_before_birth: 8, doctor_report: true }, 8, 8, 16, 0],
    [{ multiple_pregnancy: true, work_until_weeks_before_birth: 3, doctor_report: true }, 5, 13, 18, 5],
  ])('%o → %i before + %i after = %i weeks (%i moved)', (extra, before, after, total, moved) => {
    const out = run({ kind: 'maternity', ...extra });
    expect([out.weeks_before_birth, out.weeks_after_birth, out.total_weeks, out.weeks_moved_after_birth]).toEqual([before, after, total, moved]);
  });

  it('dates the leave from the expected birth date', () => {
    const out = run({ kind: 'maternity', expected_birth_date: '2026-03-01' });
    expect(out.start_date).toBe('2026-01-04');
    expect(out.end_date).toBe('2026-04-25');
    expect(out.summary).toContain('1 Mart 2026');
    expect(out.summary).toContain('4 Ocak 2026');
    for (const b of out.basis) expect(REGULATION_TEXT.includes(b.quote)).toBe(true);
  });

  it('needs a doctor report to work on, and never less than three weeks before birth', () => {
    expect(LeaveInputSchema.safeParse({ kind: 'maternity', work_until_weeks_before_birth: 3 }).error?.issues[0]?.path[0]).toBe('doctor_report');
    expect(LeaveInputSchema.safeParse({ kind: 'maternity', work_until_weeks_before_birth: 2, doctor_report: true }).success).toBe(false);
  });

  it('computes an expected birth date in the past, saying it is past (HR computes past leave)', () => {
    const result = runTool('leave', { kind: 'maternity', expected_birth_date: '2025-12-01' }, { indicators: null, today: TODAY });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const out = LeaveOutputSchema.parse(result.output);
    expect([out.start_date, out.end_date]).toEqual(['2025-10-06', '2026-01-25']);
    expect(out.notes[0]).toBe('Beklenen doğum tarihi (1 Aralık 2025) bugünden (15 Ocak 2026) önce: tarihler geçmişteki bir doğum için hesaplandı.');
    expect(out.lead).toBe('16 hafta: 6 Ekim 2025 – 25 Ocak 2026');
  });

  it('total is 16 weeks, 18 with a multiple pregnancy, and the span is 7 days a week (property)', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.integer({ min: 3, max: 8 }), fc.date({ min: new Date('2026-02-01'), max: new Date('2030-12-31'), noInvalidDate: true }), (multiple, until, d) => {
        const iso = d.toISOString().slice(0, 10);
        const out = run({ kind: 'maternity', multiple_pregnancy: multiple, work_until_weeks_before_birth: until, doctor_report: true, expected_birth_date: iso });
        expect(out.total_weeks).toBe(multiple ? 18 : 16);
        expect(out.weeks_moved_after_birth).toBeLessThanOrEqual(5);
        const days = (Date.parse(out.end_date!) - Date.parse(out.start_date!)) / 86_400_000 + 1;
        expect(days).toBe(7 * out.total_weeks!);
      }),
    );
  });
});

describe('computeLeave › nursing (Madde 9 ¶4)', () => {
  it.each([
    ['2025-06-15', '2026-06-14'],
    ['2024-02-29', '2025-02-28'],
    ['2025-12-31', '2026-12-30'],
  ])('child born %s → last day %s', (birth, end) => {
    const out = run({ kind: 'nursing', child_birth_date: birth });
    expect(out.hours_per_day).toBe(1.5);
    expect(out.end_date).toBe(end);
  });

  it('says when it is over', () => {
    const out = run({ kind: 'nursing', child_birth_date: '2024-01-10', today: '2026-01-15' });
    expect(out.entitled).toBe(false);
  });
});

describe('computeLeave › excuse (Madde 9 ¶5)', () => {
  it.each([
    ['birth', 'spouse', 2], ['birth', undefined, 2], ['birth', 'self', 0], ['birth', 'child', 0],
    ['marriage', 'self', 3], ['marriage', 'child', 3], ['marriage', 'sibling', 0],
    ['death', 'mother', 3], ['death', 'father', 3], ['death', 'spouse', 3], ['death', 'child', 3], ['death', 'sibling', 3],
    ['death', 'grandparent', 0], ['death', 'parent_in_law', 0], ['death', 'grandchild', 0], ['death', 'uncle_aunt', 0],
  ] as const)('%s of %s → %i days', (event, relative, days) => {
    const out = run({ kind: 'excuse', event, ...(relative ? { relative } : {}) });
    expect(out.days).toBe(days);
    if (days === 0) expect(out.notes[0]).toMatch(/sayılmaz|sayar|doğum iznidir/);
  });
});

describe('computeLeave › sick (Madde 10) and compensatory (Madde 13)', () => {
  it.each([[0, 0, 0], [29, 29, 0], [30, 30, 0], [31, 30, 1], [45, 30, 15]])('%i sick days → %i paid, %i over', (d, paid, over) => {
    const out = run({ kind: 'sick', sick_days: d });
    expect([out.days, out.unpaid_days]).toEqual([paid, over]);
    expect(out.notes.join(' ')).toContain('geçici iş göremezlik');
  });

  it.each([[0, 0, 0], [7, 0, 7], [8, 1, 0], [20, 2, 4], [20.5, 2, 4.5], [24, 3, 0]])('%d hours → %i days + %d h', (h, days, rest) => {
    const out = run({ kind: 'compensatory', overtime_hours: h });
    expect([out.days, out.remainder_hours]).toEqual([days, rest]);
  });

  it('days × 8 + remainder = hours (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), (h) => {
        const out = run({ kind: 'compensatory', overtime_hours: h });
        expect(out.days! * 8 + out.remainder_hours!).toBe(h);
        expect(out.remainder_hours).toBeLessThan(8);
      }),
    );
  });
});
