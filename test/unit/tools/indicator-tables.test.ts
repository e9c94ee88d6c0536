import { describe, expect, it } from 'vitest';
import { extractIndicatorTables, IndicatorStoreSchema, lookupIndicator, IndicatorLookupInputSchema, IndicatorLookupOutputSchema, type IndicatorLookupInput } from '../../../src/tools/index.js';
import { PLAN_ID, PLAN_STORE, PLAN_TEXT } from './corpus.js';

const find = (code: string, subRow: string | null = null) => PLAN_STORE.indicators.find((i) => i.code === code && i.subRow === subRow)!;
const value = (code: string, subRow: string | null, year: number) => find(code, subRow).values.find((v) => v.year === year)!.value;

describe('extractIndicatorTables › shipped plan', () => {
  it('finds every table and parses every cell', () => {
    expect(IndicatorStoreSchema.parse(PLAN_STORE)).toBeTruthy();
    expect(PLAN_STORE.tables.map((t) => [t.goalCode, t.kind, t.rowCount])).toEqual([
      ['1.1', 'indicators', 16], ['2.1', 'indicators', 19], ['2.2', 'indicators', 7], ['2.3', 'indicators', 3],
      ['3.1', 'indicators', 12], ['3.2', 'indicators', 16], [null, 'costing', 12],
    ]);
    expect(PLAN_STORE.indicators).toHaveLength(73);
    expect(new Set(PLAN_STORE.indicators.map((i) => i.code)).size).toBe(55);
    expect(PLAN_STORE.costRows).toHaveLength(12);
    expect(PLAN_STORE.unparsedCells).toEqual([]);
    expect(JSON.parse(JSON.stringify(PLAN_STORE))).toEqual(PLAN_STORE);
  });

  it.each([
    ['1.1.1', null, 2012, 52.75],
    ['1.1.1', null, 2019, 85],
    ['1.1.2', 'İlkokul', 2012, 98.54],
    ['1.1.2', 'Ortaokul', 2012, null],
    ['1.1.2', 'Ortaokul', 2013, 93.83],
    ['1.1.9', null, 2012, 96.5],
    ['2.1.3', 'İlköğretim kurumları', 2012, 5.96],
    ['2.1.6', 'Ortaokul', 2012, 0.001],
    ['2.1.8', null, 2013, null],
    ['2.1.10', null, 2019, 5120],
    ['3.1.1', 'Ortaokul', 2012, null],
    ['3.2.16', null, 2014, null],
    ['3.2.16', null, 2019, 4000],
  ] as const)('%s %s %i = %s', (code, subRow, year, expected) => {
    expect(value(code, subRow, year)).toBe(expected);
  });

  it('knows units and target years, and keeps verbatim rows', () => {
    expect(find('3.2.16').unit).toBe('count');
    expect(find('1.1.1').unit).toBe('percent');
    expect(find('3.1.2').unit).toBe('hours');
    expect(find('3.2.16').targetYear).toBe(2019);
    for (const i of PLAN_STORE.indicators) expect(PLAN_TEXT.slice(i.locator.start, i.locator.end)).toBe(i.rowText);
    expect(find('3.2.10' as string)).toBeUndefined();
  });

  it('reads the costing table and its totals add up', () => {
    const cost = (label: string) => PLAN_STORE.costRows.find((r) => r.label === label)!.costTl!;
    expect(PLAN_STORE.costRows[0]).toMatchObject({ kind: 'goal', code: '1.1', costTl: 19704600, sharePercent: 14.87 });
    expect(cost('Stratejik Amaç 2')).toBe(2901000 + 320000 + 187200);
    expect(cost('Toplam')).toBe(cost('Stratejik Amaç Maliyetleri Toplamı') + cost('Genel Yönetim Gideri'));
    expect(PLAN_STORE.costRows.at(-1)!.sharePercent).toBe(100);
  });

  it('reports cells it cannot parse instead of guessing', () => {
    const text = ['\tNo', '\tGösterge', '\tÖnceki Yıllar', '\tHedef', '', '\t', '\t', '\t2012', '\t2013', '\t2019', '', '\t9.9.1', '\tDeneme oranı (%)', '\t12,5', '\tbilinmiyor', '\t-', '', '\t9.9.2', '\tEksik satır', '\t1', '', 'Metin'].join('\n');
    const store = extractIndicatorTables(text, 'deneme');
    expect(store.indicators).toHaveLength(1);
    expect(store.indicators[0]!.values.map((v) => v.value)).toEqual([12.5, null, null]);
    expect(store.unparsedCells.map((c) => c.reason)).toEqual(['9.9.1: sayı olarak okunamadı', '9.9.2: satırda beklenmeyen hücre sayısı (3)']);
  });
});

const look = (input: IndicatorLookupInput) => IndicatorLookupOutputSchema.parse(lookupIndicator(IndicatorLookupInputSchema.parse(input), PLAN_STORE));

describe('lookupIndicator', () => {
  it('reads a year by code and sub-row, "no data" never 0', () => {
    const out = look({ code: '1.1.2', sub_row: 'ortaokul', year: 2012 });
    expect(out.matches).toHaveLength(1);
    expect(out.matches[0]!.requested).toEqual({ year: 2012, value: null, in_table: true });
    expect(out.summary).toContain('veri yok');
  });

  it('computes the change between years and the gap to the target', () => {
    const out = look({ code: '1.1.1', from_year: 2012, to_year: 2014 });
    expect(out.matches[0]!.change).toMatchObject({ from_value: 52.75, to_value: 53.34, difference: 0.59 });
    expect(out.calculation).toBe('53,34 − 52,75 = +0,59 puan (%1,12) (2012 → 2014)');
    const gap = look({ code: '3.2.16' }).matches[0]!.gap_to_target;
    expect(gap).toBeNull();
    expect(look({ code: '1.1.1' }).matches[0]!.gap_to_target).toMatchObject({ from_year: 2014, to_year: 2019, difference: 31.66 });
  });

  it('finds indicators by a fuzzy Turkish name', () => {
    expect(look({ name: 'net okullasma orani', sub_row: 'İlkokul' }).matches.map((m) => [m.code, m.sub_row])).toEqual([['1.1.2', 'İlkokul']]);
    expect(look({ name: 'zorunlu eğitimde net okullaşma' }).matches[0]!.code).toBe('1.1.3');
    expect(look({ name: 'iş sağlığı ve güvenliği eğitimi alan personel sayısı' }).matches[0]!.code).toBe('3.2.16');
    expect(look({ name: 'kitap okuma öğrenci başına' }).matches.map((m) => m.code)).toEqual(['2.1.2', '2.1.2', '2.1.2']);
    expect(look({ name: 'uzay yolculuğu' }).found).toBe(false);
  });

  it('cites the rows verbatim', () => {
    for (const b of look({ code: '1.1.2', sub_row: 'Ortaokul' }).basis) expect(PLAN_TEXT.includes(b.quote)).toBe(true);
    expect(look({ code: '1.1.2', sub_row: 'Ortaokul' }).basis[0]!.docId).toBe(PLAN_ID);
  });

  it('reads the costing table', () => {
    expect(look({ cost: '1.1' }).cost_rows).toEqual([{ label: 'Stratejik Hedef .1.1', code: '1.1', cost_tl: 19704600, share_percent: 14.87 }]);
    expect(look({ cost: 'amaç 3' }).cost_rows[0]!.cost_tl).toBe(4625000);
    expect(look({ cost: 'toplam' }).cost_rows.map((r) => r.cost_tl)).toContain(132492009);
  });
});
