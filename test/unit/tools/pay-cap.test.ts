import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { payCap, PayCapInputSchema, PayCapOutputSchema, type PayCapInput } from '../../../src/tools/index.js';
import { REGULATION_TEXT } from './corpus.js';

const run = (input: PayCapInput) => PayCapOutputSchema.parse(payCap(PayCapInputSchema.parse(input)));

describe('payCap › position classes (Madde 3 ¶2-3)', () => {
  it.each([
    ['pilot', 'pilot', 3, 8652],
    ['Helikopter pilotu', 'pilot', 3, 8652],
    ['helikopter makinisti', 'double', 2, 5768],
    ['Uçuş teknisyeni', 'double', 2, 5768],
    ['uçak kontrol ve bakım makinisti', 'double', 2, 5768],
    ['üniversitede gemi adamı', 'double', 2, 5768],
    ['gemi adamı', 'standard', 1, 2884],
    ['yükseköğretim AR-GE proje personeli', 'double', 2, 5768],
    ['bilimsel proje uzmanı', 'double', 2, 5768],
    ['mühendis', 'standard', 1, 2884],
    ['Bilgisayar mühendisi', 'standard', 1, 2884],
    ['öğretmen', 'standard', 1, 2884],
    ['tabip', 'standard', 1, 2884],
    ['doktor', 'standard', 1, 2884],
  ] as const)('%s → %s ×%i = %i TL', (position, cls, multiplier, cap) => {
    const out = run({ position });
    expect(out.position_class).toBe(cls);
    expect(out.multiplier).toBe(multiplier);
    expect(out.applicable_cap).toBe(cap);
    expect(out.base_cap).toBe(2884);
    expect(out.base_cap_as_of).toBe('2011-01');
  });
});

describe('payCap › within or over the cap', () => {
  it.each([
    // pay, yearly benefits, position, total, difference, within
    [2884, 0, 'mühendis', 2884, 0, true],
    [2884.01, 0, 'mühendis', 2884.01, 0.01, false],
    [2000, 10608, 'mühendis', 2884, 0, true],
    [2000, 10620, 'mühendis', 2885, 1, false],
    [2500, 6000, 'mühendis', 3000, 116, false],
    [8652, 0, 'pilot', 8652, 0, true],
    [5000, 12000, 'helikopter makinisti', 6000, 232, false],
    [0, 0, 'mühendis', 0, -2884, true],
  ] as const)('%d TL + %d TL/yıl (%s) → %d TL, fark %d', (pay, benefits, position, total, diff, within) => {
    const out = run({ position, monthly_gross_pay: pay, annual_other_benefits: benefits });
    expect(out.monthly_total).toBe(total);
    expect(out.difference).toBe(diff);
    expect(out.within_cap).toBe(within);
  });

  it('shows the calculation and cites the basis verbatim', () => {
    const out = run({ position: 'helikopter makinisti', monthly_gross_pay: 5000, annual_other_benefits: 12000 });
    expect(out.calculation).toBe('tavan: 2 × 2.884,00 TL = 5.768,00 TL; aylık toplam: 5.000,00 TL + 12.000,00 TL ÷ 12 = 6.000,00 TL > 5.768,00 TL');
    expect(out.summary).toContain('232,00 TL aşıyor');
    expect(out.basis.map((b) => b.article)).toContain('Madde 3');
    for (const b of out.basis) expect(REGULATION_TEXT.includes(b.quote)).toBe(true);
  });

  it('applies a newer base cap supplied with its date', () => {
    const out = run({ position: 'pilot', base_cap_amount: 40000, base_cap_as_of: '2026-01' });
    expect(out.applicable_cap).toBe(120000);
    expect(out.base_cap_source).toBe('user');
    expect(out.asOf).toBe('2026-01');
    expect(out.notes.join(' ')).toContain('2.884,00 TL');
  });
});

describe('payCap › exemptions', () => {
  it.each([
    [{ abroad: true }, 'yurtdışı teşkilatında çalıştırılan personel'],
    [{ foreign_guest_artist: true }, 'yabancı misafir şef, solist ve sanatçılar'],
  ])('%o → cap does not apply', (flags, exemption) => {
    const out = run({ position: 'uzman', monthly_gross_pay: 50000, ...flags });
    expect(out.cap_applies).toBe(false);
    expect(out.applicable_cap).toBeNull();
    expect(out.within_cap).toBeNull();
    expect(out.exemptions).toEqual([exemption]);
    expect(out.basis.some((b) => b.quote.includes('bu hüküm uygulanmaz'))).toBe(true);
  });
});

describe('payCap › validation', () => {
  it.each([
    [{ position: 'astronot' }, 'position'],
    [{ position: '' }, 'position'],
    [{ position: 'pilot', monthly_gross_pay: -1 }, 'monthly_gross_pay'],
    [{ position: 'pilot', monthly_gross_pay: 'iki bin' }, 'monthly_gross_pay'],
    [{ position: 'pilot', base_cap_amount: 3000 }, 'base_cap_as_of'],
    [{ position: 'pilot', base_cap_amount: 3000, base_cap_as_of: '2026-13' }, 'base_cap_as_of'],
  ])('%o is rejected on %s', (input, field) => {
    const parsed = PayCapInputSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path[0]).toBe(field);
  });
});

describe('payCap › properties', () => {
  it('the cap is multiplier × base and more pay never turns "over" into "within"', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('pilot', 'helikopter makinisti', 'mühendis'),
        fc.integer({ min: 0, max: 2_000_000 }).map((k) => k / 100),
        fc.integer({ min: 0, max: 1_000_000 }).map((k) => k / 100),
        (position, pay, extra) => {
          const a = run({ position, monthly_gross_pay: pay });
          const b = run({ position, monthly_gross_pay: pay + extra });
          expect(a.applicable_cap).toBe(a.multiplier * 2884);
          if (a.within_cap === false) expect(b.within_cap).toBe(false);
        },
      ),
    );
  });
});
