import { z } from 'zod';
import { asciiWords as wordsForMatch, isStopword } from '../../text/index.js';

const normalizeForMatch = (text: string) => wordsForMatch(text).join(' ');
import type { CostRow, Indicator, IndicatorStore } from './extract-indicator-tables.js';
import { lira, num } from '../money.js';
import { CommonOutputShape, type Basis } from '../tool-types.js';


/** Plausible years of a plan's tables (bounds, not data: no plan's years are written into the code). */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

const year = (what: string) =>
  z
    .number({ error: `${what} sayı olmalı` })
    .int({ error: `${what} tam sayı olmalı` })
    .min(FIRST_YEAR, { error: `${what} ${FIRST_YEAR}'dan önce olamaz` })
    .max(LAST_YEAR, { error: `${what} ${LAST_YEAR}'den sonra olamaz` });

export const IndicatorLookupInputSchema = z
  .object({
    code: z
      .string({ error: 'gösterge kodu metin olmalı' })
      .regex(/^\d+\.\d+\.\d+$/, { error: 'gösterge kodu 1.1.2 biçiminde olmalı' })
      .optional()
      .describe('Gösterge kodu, ör. "1.1.2"'),
    name: z
      .string({ error: 'gösterge adı metin olmalı' })
      .trim()
      .min(3, { error: 'gösterge adı en az üç harf olmalı' })
      .optional()
      .describe('Gösterge adı ya da adından kelimeler, ör. "net okullaşma oranı"'),
    sub_row: z.string().trim().min(2).optional().describe('Alt satır: "İlkokul", "Ortaokul", "Ortaöğretim" …'),
    year: year('yıl').optional().describe('İstenen yılın değeri (dört haneli yıl)'),
    from_year: year('başlangıç yılı').optional().describe('Değişim için başlangıç yılı'),
    to_year: year('bitiş yılı').optional().describe('Değişim için bitiş yılı'),
    cost: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('Maliyetlendirme tablosu satırı: "1.1" (hedef), "amaç 2", "toplam", "genel yönetim"'),
  })
  .superRefine((input, ctx) => {
    if (!input.code && !input.name && !input.cost) {
      ctx.addIssue({ code: 'custom', path: ['code'], message: 'gösterge kodu, gösterge adı ya da maliyet satırı gerekli' });
    }
    if ((input.from_year === undefined) !== (input.to_year === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [input.from_year === undefined ? 'from_year' : 'to_year'],
        message: 'değişim için hem başlangıç hem bitiş yılı gerekli',
      });
    }
  });
export type IndicatorLookupInput = z.infer<typeof IndicatorLookupInputSchema>;

const ChangeSchema = z.object({
  from_year: z.number(),
  to_year: z.number(),
  from_value: z.number().nullable(),
  to_value: z.number().nullable(),
  /** to − from; null when either year has no data. */
  difference: z.number().nullable(),
  relative_percent: z.number().nullable(),
});

const MatchSchema = z.object({
  code: z.string(),
  name: z.string(),
  sub_row: z.string().nullable(),
  unit: z.enum(['percent', 'count', 'hours']),
  values: z.array(z.object({ year: z.number(), value: z.number().nullable() })),
  target_year: z.number(),
  target: z.number().nullable(),
  requested: z.object({ year: z.number(), value: z.number().nullable(), in_table: z.boolean() }).nullable(),
  change: ChangeSchema.nullable(),
  /** From the latest year with data to the target: target − value. */
  gap_to_target: ChangeSchema.nullable(),
  source: z.string(),
});

export const IndicatorLookupOutputSchema = z.object({
  found: z.boolean(),
  matches: z.array(MatchSchema),
  /** Other indicators the name could mean, when it is ambiguous or nothing matched well. */
  candidates: z.array(z.object({ code: z.string(), name: z.string() })),
  cost_rows: z.array(z.object({ label: z.string(), code: z.string().nullable(), cost_tl: z.number().nullable(), share_percent: z.number().nullable() })),
  ...CommonOutputShape,
});
export type IndicatorLookupOutput = z.infer<typeof IndicatorLookupOutputSchema>;
type Match = z.infer<typeof MatchSchema>;

const GENERIC = new Set(['yil', 'yili', 'yilinda', 'deger', 'degeri', 'hedef', 'hedefi', 'hedefe', 'gosterge', 'gostergesi', 'stratejik', 'plan', 'plani', 'planda', 'kac', 'nedir', 'ne', 'kadar', 'oldu', 'uzak', 'fark', 'farki', 'degisim', 'artis']);
const stem = (w: string) => w.slice(0, 5);

function contentStems(text: string): string[] {
  return wordsForMatch(text).filter((w) => !isStopword(w) && !GENERIC.has(w) && !/^\d+$/.test(w)).map(stem);
}

/**
 * How well a free-text query names an indicator: how many of the name's content words (5-letter stems,
 * diacritics folded) the query holds, and which share of the name that is. A question carries extra words
 * ("… hedefine ne kadar uzak"), so the name's coverage decides, not the query's.
 */
export function nameScore(query: string, name: string): { matched: number; coverage: number } {
  const q = new Set(contentStems(query));
  const n = [...new Set(contentStems(name))];
  if (n.length === 0) return { matched: 0, coverage: 0 };
  const matched = n.filter((s) => q.has(s)).length;
  return { matched, coverage: matched / n.length };
}

const UNIT_DIFF: Record<Indicator['unit'], string> = { percent: 'puan', count: '', hours: 'saat' };
const fmt = (value: number | null) => (value === null ? 'veri yok' : num(value));

function change(indicator: Indicator, from: number, to: number): Match['change'] {
  const at = (y: number) => indicator.values.find((v) => v.year === y)?.value ?? null;
  const fromValue = at(from);
  const toValue = at(to);
  const difference = fromValue !== null && toValue !== null ? Math.round((toValue - fromValue) * 1e6) / 1e6 : null;
  const relative = difference !== null && fromValue ? Math.round((difference / fromValue) * 10000) / 100 : null;
  return { from_year: from, to_year: to, from_value: fromValue, to_value: toValue, difference, relative_percent: relative };
}

function gapToTarget(indicator: Indicator): Match['gap_to_target'] {
  const baseline = indicator.values.filter((v) => v.year !== indicator.targetYear && v.value !== null);
  const latest = baseline[baseline.length - 1];
  if (!latest) return null;
  return change(indicator, latest.year, indicator.targetYear);
}

function subRowMatches(subRow: string | null, query: string): boolean {
  if (subRow === null) return false;
  const q = normalizeForMatch(query);
  const s = normalizeForMatch(subRow);
  return q.length >= 3 && (s.startsWith(q) || q.startsWith(s));
}

/**
 * Looks up performance indicators of a strategic plan by code or by a fuzzy Turkish name, reads a year,
 * the change between two years and the gap to the target. Empty cells are "no data", never 0; the store
 * comes from extractIndicatorTables at ingestion (no I/O here).
 */
export function lookupIndicator(input: IndicatorLookupInput, store: IndicatorStore): IndicatorLookupOutput {
  if (input.cost) return lookupCost(input.cost, store);
  const notes: string[] = [];
  let rows: Indicator[] = [];
  let candidates: { code: string; name: string }[] = [];
  if (input.code) {
    rows = store.indicators.filter((i) => i.code === input.code);
    if (rows.length === 0) notes.push(`${input.code} kodlu gösterge planda yok.`);
  } else if (input.name) {
    const scored = uniqueByCode(store.indicators)
      .map((i) => ({ i, ...nameScore(input.name!, i.name) }))
      .filter((x) => x.coverage >= 0.5 && (x.matched >= 2 || x.coverage === 1))
      .sort((a, b) => b.matched - a.matched || b.coverage - a.coverage || a.i.name.length - b.i.name.length);
    const best = scored[0];
    if (best) {
      rows = store.indicators.filter((i) => i.code === best.i.code);
      candidates = scored
        .slice(1, 4)
        .filter((x) => x.matched === best.matched && x.coverage === best.coverage)
        .map((x) => ({ code: x.i.code, name: x.i.name }));
      if (candidates.length > 0) notes.push('Ad birden çok göstergeye aynı ölçüde uyuyor; en kısa adlı olan seçildi, diğerleri adaylarda.');
    } else {
      notes.push(`"${input.name}" adına uyan gösterge bulunamadı.`);
    }
  }
  const subRowQuery = input.sub_row ?? (input.name ? detectSubRow(input.name, rows) : undefined);
  if (subRowQuery && rows.some((r) => r.subRow !== null)) {
    const filtered = rows.filter((r) => subRowMatches(r.subRow, subRowQuery));
    if (filtered.length > 0) rows = filtered;
    else notes.push(`"${subRowQuery}" alt satırı bu göstergede yok; tüm alt satırlar gösterildi.`);
  }

  const matches = rows.map((indicator): Match => {
    const target = indicator.values.find((v) => v.year === indicator.targetYear)?.value ?? null;
    const requestedValue = input.year === undefined ? null : indicator.values.find((v) => v.year === input.year);
    return {
      code: indicator.code,
      name: indicator.name,
      sub_row: indicator.subRow,
      unit: indicator.unit,
      values: indicator.values.map(({ year: y, value }) => ({ year: y, value })),
      target_year: indicator.targetYear,
      target,
      requested: input.year === undefined ? null : { year: input.year, value: requestedValue?.value ?? null, in_table: requestedValue !== undefined },
      change: input.from_year !== undefined && input.to_year !== undefined ? change(indicator, input.from_year, input.to_year) : null,
      gap_to_target: gapToTarget(indicator),
      source: `${store.docId}, ${tableTitle(store, indicator)}, ${indicator.code}${indicator.subRow ? ` ${indicator.subRow}` : ''} (satır ${indicator.locator.line})`,
    };
  });
  if (input.year !== undefined && matches.some((m) => m.requested && !m.requested.in_table)) {
    notes.push(`Tabloda ${input.year} sütunu yok; yıllar: ${rows[0]?.values.map((v) => v.year).join(', ')}.`);
  }
  if (matches.some((m) => m.values.some((v) => v.value === null))) notes.push('Boş ya da "-" hücreler "veri yok" demektir, sıfır değildir.');

  return {
    found: matches.length > 0,
    matches,
    candidates,
    cost_rows: [],
    lead: leadOf(matches),
    verdict: null,
    summary: summarize(matches, input),
    calculation: calculate(matches, input),
    basis: rows.flatMap((r) => basisFor(store, r)),
    notes,
  };
}

function detectSubRow(query: string, rows: Indicator[]): string | undefined {
  const words = wordsForMatch(query);
  return rows.map((r) => r.subRow).find((s): s is string => s !== null && words.some((w) => subRowMatches(s, w)));
}

function uniqueByCode(indicators: Indicator[]): Indicator[] {
  const seen = new Set<string>();
  return indicators.filter((i) => (seen.has(i.code) ? false : (seen.add(i.code), true)));
}

function tableTitle(store: IndicatorStore, indicator: Indicator): string {
  const goal = indicator.code.split('.').slice(0, 2).join('.');
  return store.tables.find((t) => t.id === indicator.locator.tableId)?.goalCode === goal
    ? `Stratejik Hedef ${goal} performans göstergeleri`
    : 'performans göstergeleri';
}

function basisFor(store: IndicatorStore, indicator: Indicator): Basis[] {
  const article = tableTitle(store, indicator);
  const row: Basis = { docId: store.docId, article, paragraph: `${indicator.code}${indicator.subRow ? ` ${indicator.subRow}` : ''}`, quote: indicator.rowText.trim() };
  if (indicator.rowText.includes(indicator.name)) return [row];
  // A sub-row does not repeat the indicator's name: cite the name cell too.
  return [{ docId: store.docId, article, paragraph: indicator.code, quote: indicator.name }, row];
}

function label(m: Match): string {
  return `${m.code} ${m.name}${m.sub_row ? ` (${m.sub_row})` : ''}`;
}

function describeChange(c: NonNullable<Match['change']>, unit: Indicator['unit']): string {
  if (c.difference === null) return `${c.from_year} → ${c.to_year}: ${fmt(c.from_value)} → ${fmt(c.to_value)}, hesaplanamaz (veri yok)`;
  const u = UNIT_DIFF[unit];
  const rel = c.relative_percent !== null ? ` (%${num(c.relative_percent)})` : '';
  return `${fmt(c.to_value)} − ${fmt(c.from_value)} = ${c.difference > 0 ? '+' : ''}${num(c.difference)}${u ? ` ${u}` : ''}${rel} (${c.from_year} → ${c.to_year})`;
}

function summarize(matches: Match[], input: IndicatorLookupInput): string {
  if (matches.length === 0) return 'İstenen gösterge planda bulunamadı.';
  return matches
    .map((m) => {
      if (m.requested) {
        return m.requested.in_table
          ? `${label(m)}: ${m.requested.year} değeri ${fmt(m.requested.value)}.`
          : `${label(m)}: tabloda ${m.requested.year} yılı yok.`;
      }
      if (m.change) return `${label(m)}: ${describeChange(m.change, m.unit)}.`;
      const gap = m.gap_to_target;
      const gapText =
        gap && gap.difference !== null
          ? `; ${gap.from_year} değeri ${fmt(gap.from_value)}, hedefe ${num(Math.abs(gap.difference))}${UNIT_DIFF[m.unit] ? ` ${UNIT_DIFF[m.unit]}` : ''} ${gap.difference >= 0 ? 'artış' : 'azalış'} gerekiyor`
          : '; önceki yıllarda veri yok';
      return `${label(m)}: ${m.target_year} hedefi ${fmt(m.target)}${input.year === undefined ? gapText : ''}.`;
    })
    .join(' ');
}

/** The numbers asked for, shortest: the year's value, the change, or the target. */
function leadOf(matches: Match[]): string {
  const unitOf = (m: Match) => (m.unit === 'percent' ? '' : UNIT_DIFF[m.unit] ? ` ${UNIT_DIFF[m.unit]}` : '');
  return (
    matches
      .map((m) => {
        const part = m.sub_row && matches.length > 1 ? `${m.sub_row}: ` : '';
        if (m.requested) return `${part}${m.requested.in_table ? fmt(m.requested.value) : `${m.requested.year} yılı tabloda yok`}`;
        if (m.change) return `${part}${m.change.difference === null ? 'hesaplanamaz (veri yok)' : `${m.change.difference > 0 ? '+' : ''}${num(m.change.difference)}${m.unit === 'percent' ? ' puan' : unitOf(m)}`}`;
        return `${part}${m.target_year} hedefi ${fmt(m.target)}`;
      })
      .join('; ') || 'bulunamadı'
  );
}

function calculate(matches: Match[], input: IndicatorLookupInput): string {
  return matches
    .map((m) => {
      if (m.change) return describeChange(m.change, m.unit);
      if (m.requested) return `${m.requested.year}: ${fmt(m.requested.value)}`;
      if (m.gap_to_target) return `hedef: ${describeChange(m.gap_to_target, m.unit)}`;
      return m.values.map((v) => `${v.year}: ${fmt(v.value)}`).join(', ');
    })
    .filter(Boolean)
    .join('; ') || (input.code ? `${input.code}: bulunamadı` : 'bulunamadı');
}

function lookupCost(query: string, store: IndicatorStore): IndicatorLookupOutput {
  const folded = normalizeForMatch(query);
  const code = folded.match(/\d+(?: \d+)?/)?.[0].replace(' ', '.') ?? null;
  const wantsAim = /\bamac/.test(folded);
  let rows: CostRow[];
  if (/genel yonetim/.test(folded)) rows = store.costRows.filter((r) => r.kind === 'general_admin');
  else if (code && (wantsAim || !code.includes('.'))) rows = store.costRows.filter((r) => r.kind === 'aim' && r.code === code.split('.')[0]);
  else if (wantsAim && /toplam|total/.test(folded)) rows = store.costRows.filter((r) => r.kind === 'aims_total');
  else if (code) rows = store.costRows.filter((r) => r.kind === 'goal' && r.code === code);
  else if (/toplam|hepsi|tum|butun|total/.test(folded)) rows = store.costRows.filter((r) => r.kind === 'total' || r.kind === 'aims_total' || r.kind === 'general_admin');
  else rows = [];
  const table = store.tables.find((t) => t.kind === 'costing');
  const basis = rows.map((r) => ({ docId: store.docId, article: table?.title ?? 'Maliyetlendirme Tablosu', paragraph: r.label, quote: r.rowText.trim() }));
  const line = rows
    .map((r) => `${r.label}: ${r.costTl === null ? 'veri yok' : lira(r.costTl)}${r.sharePercent === null ? '' : ` (%${num(r.sharePercent)})`}`)
    .join('; ');
  return {
    found: rows.length > 0,
    matches: [],
    candidates: [],
    cost_rows: rows.map((r) => ({ label: r.label, code: r.code, cost_tl: r.costTl, share_percent: r.sharePercent })),
    lead: rows.map((r) => `${rows.length > 1 ? `${r.label}: ` : ''}${r.costTl === null ? 'veri yok' : lira(r.costTl)}${r.sharePercent === null ? '' : ` (%${num(r.sharePercent)})`}`).join('; ') || 'bulunamadı',
    verdict: null,
    summary: rows.length > 0 ? `${table?.period ? `${table.period} ` : ''}tahmini maliyet — ${line}.` : `Maliyetlendirme tablosunda "${query}" satırı bulunamadı.`,
    calculation: line || 'bulunamadı',
    basis,
    notes: table ? [] : ['Planda maliyetlendirme tablosu bulunamadı.'],
  };
}
