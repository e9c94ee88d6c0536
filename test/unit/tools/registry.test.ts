import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runTool, TOOL_NAMES, TOOLS } from '../../../src/tools/index.js';
import { PLAN_STORE, TODAY } from './corpus.js';

const context = { indicators: PLAN_STORE, today: TODAY };

describe('runTool', () => {
  it('runs each tool and validates its output', () => {
    const calls = {
      pay_cap: { position: 'pilot', monthly_gross_pay: 9000 },
      leave: { kind: 'annual', years_of_service: 12 },
      severance: { monthly_gross_pay: 5000, years_of_service: 12, reason: 'position_not_needed' },
      indicator_lookup: { code: '3.2.16' },
    } as const;
    for (const name of TOOL_NAMES) {
      const result = runTool(name, calls[name], context);
      expect(result.ok, name).toBe(true);
      if (result.ok) {
        expect(TOOLS[name].outputSchema.safeParse(result.output).success).toBe(true);
        const out = result.output as { summary: string; calculation: string; basis: unknown[] };
        expect(out.summary.length).toBeGreaterThan(10);
        expect(out.calculation.length).toBeGreaterThan(3);
        expect(out.basis.length).toBeGreaterThan(0);
      }
    }
  });

  it.each([
    ['leave', { kind: 'annual' }, 'years_of_service', 'eksik'],
    ['leave', { kind: 'annual', years_of_service: 'on iki' }, 'years_of_service', 'sayı olmalı'],
    ['leave', { kind: 'tatil' }, 'kind', 'izin türü'],
    ['leave', { kind: 'excuse', event: 'death' }, 'relative', 'gerekli'],
    ['leave', { kind: 'nursing', child_birth_date: '2027-01-01' }, 'child_birth_date', 'gelecekte'],
    ['severance', { monthly_gross_pay: 5000, years_of_service: 3 }, 'reason', 'eksik'],
    ['severance', { monthly_gross_pay: 0, years_of_service: 3, reason: 'pension' }, 'monthly_gross_pay', 'sıfırdan büyük'],
    ['indicator_lookup', {}, 'code', 'gerekli'],
    ['indicator_lookup', { code: 'bir' }, 'code', '1.1.2 biçiminde'],
    ['pay_cap', { position: 'uzay pilotu', monthly_gross_pay: '2.500 TL' }, 'monthly_gross_pay', 'sayı olmalı'],
  ])('%s %o → %s', (tool, args, field, text) => {
    const result = runTool(tool, args, context);
    expect(result).toMatchObject({ ok: false, field });
    if (!result.ok) {
      expect(result.message).toContain(text);
      expect(result.message).toContain('Kabul edilen örnek');
    }
  });

  it('reports a missing indicator store and an unknown tool', () => {
    expect(runTool('indicator_lookup', { code: '1.1.1' }, { indicators: null, today: TODAY })).toMatchObject({ ok: false, field: 'indicators' });
    expect(runTool('weather', {}, context)).toMatchObject({ ok: false, field: 'tool' });
  });

  it('never throws, whatever the arguments (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TOOL_NAMES), fc.anything(), (name, args) => {
        const result = runTool(name, args, context);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.record({
          kind: fc.constantFrom('annual', 'maternity', 'nursing', 'excuse', 'sick', 'compensatory'),
          years_of_service: fc.option(fc.double({ min: -5, max: 80 }), { nil: undefined }),
          overtime_hours: fc.option(fc.double({ min: -5, max: 9000 }), { nil: undefined }),
          event: fc.option(fc.constantFrom('birth', 'marriage', 'death', 'party'), { nil: undefined }),
          relative: fc.option(fc.constantFrom('mother', 'grandparent', 'self', 'neighbour'), { nil: undefined }),
          expected_birth_date: fc.option(fc.constantFrom('2026-03-01', '2026-02-30', '01.03.2026', '2020-01-01'), { nil: undefined }),
        }),
        (args) => {
          const result = runTool('leave', args, context);
          if (!result.ok) expect(result.message).toMatch(/\(\w+\)|Girdi geçersiz/);
        },
      ),
      { numRuns: 300 },
    );
  });
});
