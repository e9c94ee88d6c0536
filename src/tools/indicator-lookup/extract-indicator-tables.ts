import { z } from 'zod';
import { foldTurkish, parseTurkishNumber } from '../../text/index.js';

/** Where a row or cell sits in the cleaned text: `text.slice(start, end)` is the verbatim row. */
export const SourceLocatorSchema = z.object({
  docId: z.string(),
  tableId: z.string(),
  /** 1-based line of the row's first cell in the cleaned text. */
  line: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
});
export type SourceLocator = z.infer<typeof SourceLocatorSchema>;

export const IndicatorValueSchema = z.object({
  year: z.number().int(),
  /** null = no data (an empty cell or "-"), never 0. */
  value: z.number().nullable(),
  raw: z.string(),
});
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;

export const IndicatorSchema = z.object({
  /** "1.1.2" */
  code: z.string(),
  name: z.string(),
  /** "Ortaokul", "9-12. sınıf"; null for indicators without sub-rows. */
  subRow: z.string().nullable(),
  unit: z.enum(['percent', 'count', 'hours']),
  /** One entry per year column, the target year last. */
  values: z.array(IndicatorValueSchema),
  targetYear: z.number().int(),
  locator: SourceLocatorSchema,
  /** The row verbatim (`text.slice(locator.start, locator.end)`), tabs and line breaks included: a citable quote. */
  rowText: z.string(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const IndicatorTableSchema = z.object({
  id: z.string(),
  kind: z.enum(['indicators', 'costing']),
  /** The heading above the table in the text ("1.1.Stratejik Hedef", "Maliyetlendirme Tablosu"). */
  title: z.string(),
  /** "1.1" for an indicator table, null for the costing table. */
  goalCode: z.string().nullable(),
  years: z.array(z.number().int()),
  targetYear: z.number().int().nullable(),
  /** The period a costing table's header names ("YYYY-YYYY"), as printed; null when none is printed. */
  period: z.string().nullable().default(null),
  line: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  rowCount: z.number().int(),
});
export type IndicatorTable = z.infer<typeof IndicatorTableSchema>;

export const CostRowSchema = z.object({
  label: z.string(),
  kind: z.enum(['goal', 'aim', 'aims_total', 'general_admin', 'total', 'other']),
  /** "1.1" for a goal, "1" for an aim, null for totals. */
  code: z.string().nullable(),
  costTl: z.number().nullable(),
  sharePercent: z.number().nullable(),
  locator: SourceLocatorSchema,
  rowText: z.string(),
});
export type CostRow = z.infer<typeof CostRowSchema>;

export const UnparsedCellSchema = z.object({
  tableId: z.string(),
  line: z.number().int(),
  text: z.string(),
  reason: z.string(),
});
export type UnparsedCell = z.infer<typeof UnparsedCellSchema>;

export const IndicatorStoreSchema = z.object({
  docId: z.string(),
  tables: z.array(IndicatorTableSchema),
  indicators: z.array(IndicatorSchema),
  costRows: z.array(CostRowSchema),
  unparsedCells: z.array(UnparsedCellSchema),
});
export type IndicatorStore = z.infer<typeof IndicatorStoreSchema>;

interface Cell {
  text: string;
  line: number;
  start: number;
  end: number;
}

type Segment = { kind: 'cells'; cells: Cell[] } | { kind: 'text'; text: string; line: number } | { kind: 'blank' };

const CODE = /^\d+\.\d+\.\d+$/;
const YEAR = /^(19|20)\d{2}$/;

/** Cleaned text → segments: runs of cell lines (each starting with a tab), text lines, blank lines. */
function segment(text: string): Segment[] {
  const segments: Segment[] = [];
  let offset = 0;
  let current: Cell[] | null = null;
  text.split('\n').forEach((raw, index) => {
    const start = offset;
    offset += raw.length + 1;
    if (raw.startsWith('\t')) {
      const cell = { text: raw.replace(/^\t+/, '').trim(), line: index + 1, start, end: start + raw.length };
      if (current) current.push(cell);
      else segments.push({ kind: 'cells', cells: (current = [cell]) });
      return;
    }
    current = null;
    segments.push(raw.trim() === '' ? { kind: 'blank' } : { kind: 'text', text: raw.trim(), line: index + 1 });
  });
  return segments;
}

type ParsedValue = { value: number | null; problem: string | null };

/** "98,54", "96.5", "%100" → number; "" and "-" → no data; anything else → no data plus a reason. */
export function parseCellNumber(raw: string): ParsedValue {
  const text = raw.trim().replace(/^%\s*|\s*%$/g, '');
  if (text === '' || /^[-–—]$/.test(text)) return { value: null, problem: null };
  const value = parseTurkishNumber(text);
  return value === null ? { value: null, problem: 'sayı olarak okunamadı' } : { value, problem: null };
}

function unitOf(name: string): Indicator['unit'] {
  const folded = foldTurkish(name);
  if (folded.includes('%') || /\boran/u.test(folded)) return 'percent';
  if (/\(saat\)/u.test(folded)) return 'hours';
  return 'count';
}

function locate(docId: string, tableId: string, cells: Cell[]): SourceLocator {
  return { docId, tableId, line: cells[0]!.line, start: cells[0]!.start, end: cells[cells.length - 1]!.end };
}

/**
 * Reads the performance-indicator tables (No | Gösterge | the baseline years | the target year) and the costing
 * table of a strategic plan from its cleaned text. Tables are found by their header of year cells after a
 * header row naming "Hedef"; every row and cell that does not fit is reported, never guessed.
 */
export function extractIndicatorTables(text: string, docId: string): IndicatorStore {
  const segments = segment(text);
  const store: IndicatorStore = { docId, tables: [], indicators: [], costRows: [], unparsedCells: [] };
  let lastHeading = '';
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (seg.kind === 'text') {
      if (/stratejik\s+hedef/iu.test(foldTurkish(seg.text))) lastHeading = seg.text;
      if (/^maliyetlendirme tablosu$/u.test(foldTurkish(seg.text))) i = readCostTable(segments, i, store, seg);
      continue;
    }
    if (seg.kind !== 'cells' || !isYearHeader(seg.cells) || !previousHeaderNamesTarget(segments, i)) continue;
    i = readIndicatorTable(segments, i, store, lastHeading);
  }
  for (const row of [...store.indicators, ...store.costRows]) row.rowText = text.slice(row.locator.start, row.locator.end);
  return store;
}

function isYearHeader(cells: Cell[]): boolean {
  const filled = cells.filter((c) => c.text !== '');
  return filled.length >= 2 && filled.every((c) => YEAR.test(c.text));
}

function previousHeaderNamesTarget(segments: Segment[], index: number): boolean {
  for (let j = index - 1; j >= 0 && j >= index - 3; j--) {
    const seg = segments[j]!;
    if (seg.kind === 'cells') return seg.cells.some((c) => /hedef/iu.test(foldTurkish(c.text)));
  }
  return false;
}

/** Reads rows after a year header; returns the index of the last segment consumed. */
function readIndicatorTable(segments: Segment[], headerIndex: number, store: IndicatorStore, heading: string): number {
  const header = segments[headerIndex] as { kind: 'cells'; cells: Cell[] };
  const years = header.cells.filter((c) => c.text !== '').map((c) => Number(c.text));
  const targetYear = years[years.length - 1]!;
  const tableIndex = store.tables.length;
  const provisionalId = `${store.docId}#gosterge-tablo-${tableIndex + 1}`;
  const rows: { code: string; name: string; subRow: string | null; values: Cell[]; cells: Cell[] }[] = [];
  const unparsed: Omit<UnparsedCell, 'tableId'>[] = [];
  let last = headerIndex;
  let current: { code: string; name: string } | null = null;

  for (let j = headerIndex + 1; j < segments.length; j++) {
    const seg = segments[j]!;
    if (seg.kind === 'blank') continue;
    if (seg.kind === 'text') break;
    const cells = seg.cells;
    const first = cells[0]!.text;
    if (CODE.test(first)) {
      const name = cells[1]?.text ?? '';
      const rest = cells.slice(2);
      current = { code: first, name };
      if (rest.length === years.length) rows.push({ ...current, subRow: null, values: rest, cells });
      else if (rest.length === years.length + 1) rows.push({ ...current, subRow: rest[0]!.text, values: rest.slice(1), cells });
      else {
        for (const c of rest) unparsed.push({ line: c.line, text: c.text, reason: `${first}: satırda beklenmeyen hücre sayısı (${cells.length})` });
      }
      last = j;
      continue;
    }
    const isSubRow = first === '' && cells[1]?.text === '' && cells.length === years.length + 3;
    if (isSubRow && current) {
      rows.push({ ...current, subRow: cells[2]!.text, values: cells.slice(3), cells });
      last = j;
      continue;
    }
    break;
  }

  const goalCode = rows[0]?.code.split('.').slice(0, 2).join('.') ?? null;
  const tableId = goalCode ? `${store.docId}#gosterge-${goalCode}` : provisionalId;
  for (const row of rows) {
    const values = row.values.map((cell, k) => {
      const parsed = parseCellNumber(cell.text);
      if (parsed.problem) unparsed.push({ line: cell.line, text: cell.text, reason: `${row.code}: ${parsed.problem}` });
      return { year: years[k]!, value: parsed.value, raw: cell.text };
    });
    store.indicators.push({
      code: row.code,
      name: row.name,
      subRow: row.subRow,
      unit: unitOf(row.name),
      values,
      targetYear,
      locator: locate(store.docId, tableId, row.cells),
      rowText: '',
    });
  }
  store.unparsedCells.push(...unparsed.sort((a, b) => a.line - b.line).map((u) => ({ ...u, tableId })));
  const lastSeg = segments[last] as { kind: 'cells'; cells: Cell[] };
  store.tables.push({
    id: tableId,
    kind: 'indicators',
    title: heading,
    goalCode,
    years,
    targetYear,
    period: null,
    line: header.cells[0]!.line,
    start: header.cells[0]!.start,
    end: lastSeg.cells[lastSeg.cells.length - 1]!.end,
    rowCount: rows.length,
  });
  return last;
}

function costKind(label: string): { kind: CostRow['kind']; code: string | null } {
  const folded = foldTurkish(label);
  const digits = folded.match(/\d+/g) ?? [];
  if (folded.startsWith('stratejik hedef')) return { kind: 'goal', code: digits.join('.') || null };
  if (/^stratejik amaç \d+$/u.test(folded)) return { kind: 'aim', code: digits[0] ?? null };
  if (folded.startsWith('stratejik amaç') && folded.includes('toplam')) return { kind: 'aims_total', code: null };
  if (folded.startsWith('genel yönetim')) return { kind: 'general_admin', code: null };
  if (folded === 'toplam') return { kind: 'total', code: null };
  return { kind: 'other', code: null };
}

/** "Maliyetlendirme Tablosu": rows of label | estimated cost over the plan period (TL) | share (%). */
function readCostTable(segments: Segment[], titleIndex: number, store: IndicatorStore, title: { text: string; line: number }): number {
  const tableId = `${store.docId}#maliyetlendirme`;
  let last = titleIndex;
  let started = false;
  let start = -1;
  let end = -1;
  let rowCount = 0;
  let period: string | null = null;
  for (let j = titleIndex + 1; j < segments.length; j++) {
    const seg = segments[j]!;
    if (seg.kind === 'blank') continue;
    if (seg.kind === 'text') {
      if (started) break;
      // Header lines such as "(YYYY-YYYY) (TL)" sit between header cells; the years are the plan's period.
      period ??= /\((\d{4})\s*[-–]\s*(\d{4})\)/u.exec(seg.text)?.slice(1, 3).join('-') ?? null;
      continue;
    }
    const cells = seg.cells;
    if (start < 0) start = cells[0]!.start;
    const isHeader = cells.length !== 3 || cells.slice(1).some((c) => /[a-zçğıöşü]{3,}/iu.test(c.text));
    if (isHeader && !started) {
      last = j;
      continue;
    }
    if (cells.length !== 3) {
      for (const c of cells) store.unparsedCells.push({ tableId, line: c.line, text: c.text, reason: `maliyet satırında beklenmeyen hücre sayısı (${cells.length})` });
      last = j;
      continue;
    }
    started = true;
    const [label, cost, share] = cells as [Cell, Cell, Cell];
    const costValue = parseCellNumber(cost.text);
    const shareValue = parseCellNumber(share.text);
    if (costValue.problem) store.unparsedCells.push({ tableId, line: cost.line, text: cost.text, reason: `${label.text}: maliyet ${costValue.problem}` });
    if (shareValue.problem) store.unparsedCells.push({ tableId, line: share.line, text: share.text, reason: `${label.text}: oran ${shareValue.problem}` });
    store.costRows.push({
      label: label.text,
      ...costKind(label.text),
      costTl: costValue.value,
      sharePercent: shareValue.value,
      locator: locate(store.docId, tableId, cells),
      rowText: '',
    });
    rowCount++;
    end = share.end;
    last = j;
  }
  if (rowCount > 0) {
    store.tables.push({
      id: tableId,
      kind: 'costing',
      title: title.text,
      goalCode: null,
      years: [],
      targetYear: null,
      period,
      line: title.line,
      start,
      end,
      rowCount,
    });
  }
  return last;
}
