import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/tools/index.js';
import { REGULATION_TEXT } from './corpus.js';

describe('rules file › quotes', () => {
  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s quotes the cleaned corpus verbatim', (_id, rule) => {
    expect(rule.docId).toBe('sozlesmeli-personel-esaslari');
    expect(REGULATION_TEXT.includes(rule.quote)).toBe(true);
  });

  it('has unique ids and every rule is dated', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) expect(rule.asOf).toMatch(/^\d{4}(-\d{2})?$/);
  });

  it('states each number in its own quote (the code holds formulas, the file holds numbers)', () => {
    const spelled: Record<number, RegExp> = {
      2884: /2\.884/, 2: /iki|2/, 3: /üç|3/, 8: /sekiz/, 20: /yirmi/, 30: /otuz|30/, 12: /on ikide/, 1.5: /bir buçuk/, 40: /40/, 0.5: /%50/, 10: /on yıl/, 1: /bir|her tam/, 65: /65/, 0: /verilmez/,
    };
    for (const rule of RULES) {
      if (rule.value === null) continue;
      expect(rule.quote, rule.id).toMatch(spelled[rule.value] ?? /$^/);
    }
  });
});
