import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleSets, resolveRuleSources, RULE_SETS, RULES } from '../../../src/tools/index.js';
import { REGULATION_TEXT } from './corpus.js';

describe('rules data › quotes', () => {
  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s quotes the cleaned corpus verbatim', (_id, rule) => {
    expect(rule.ruleSet).toBe('contract-staff');
    expect(REGULATION_TEXT.includes(rule.quote)).toBe(true);
  });

  it('has unique ids and every rule is dated, in files named by rule set and date', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) expect(rule.asOf).toMatch(/^\d{4}(-\d{2})?$/);
    const files = readdirSync('rules').filter((f) => /^[a-z-]+\.\d{4}-\d{2}\.json$/.test(f));
    expect(files).toEqual(RULE_SETS.map((s) => s.file));
    for (const set of RULE_SETS) expect(set.file).toBe(`${set.id}.${set.asOf}.json`);
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

  it('finds the source document by its quotes, whatever its id, and not in a text that lacks them', () => {
    const docs = [
      { id: 'bir-kanun', text: 'MADDE 1 – Bu Kanun…' },
      // Re-flowed lines (a PDF of the same regulation) still hold every quote.
      { id: 'yuklenen-esaslar', text: REGULATION_TEXT.replace(/ /g, '\n') },
    ];
    expect(resolveRuleSources(RULE_SETS, docs).get('contract-staff')).toBe('yuklenen-esaslar');
    const amended = REGULATION_TEXT.replace('2.884 YTL’yi([2]) geçemez', '9.999 TL’yi geçemez');
    expect(resolveRuleSources(RULE_SETS, [{ id: 'degisik', text: amended }]).has('contract-staff')).toBe(false);
  });

  it('rejects a rule set file whose name does not match its id and date', () => {
    const dir = path.join('rules');
    const broken = readFileSync(path.join(dir, RULE_SETS[0]!.file), 'utf8');
    expect(JSON.parse(broken).id).toBe(RULE_SETS[0]!.id);
    expect(() => loadRuleSets(path.join('test', 'fixtures', 'missing-rules-dir'))).toThrow();
  });
});
