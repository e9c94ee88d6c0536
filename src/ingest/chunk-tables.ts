import { clip, textStart, type Line } from './chunk-lines.js';
import { isCapsOnlyLine, MIN_LABEL_ROWS, parseLabelRow } from './label-rows.js';
import { packText, type Span } from './pack-text.js';
import {
  isAnnexLine,
  isCapsHeadingLine,
  isSectionLine,
  isStrategicGoalLine,
  isStrategicTargetLine,
  isThemeLine,
  parseArticleHeader,
} from './structure.js';
import type { Locator } from './types.js';

const INDICATOR_CODE = /^\d+\.\d+\.\d+$/u;

/** What table chunking needs from the section being chunked. */
export interface TableContext {
  lines: readonly Line[];
  text: string;
  /** First and last line of the section. */
  first: number;
  last: number;
  docLabel: string;
  /** The annex the walk is in, if any. */
  readonly annex: string | null;
  headingsAt(offset: number): string[];
  nearestHeading(headings: string[]): string | null;
  contentEnd(from: number, to: number): number | null;
  nextNonBlank(i: number): number;
  /** A row longer than this is packed into pieces. */
  rowMax: number;
  emit(span: Span, headings: string[], locator: string, loc: Locator): void;
}

/** The cells of a table row or header: the tab-started lines, with continuation lines joined to their cell. */
function rowCells(text: string): string[] {
  const cells: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('\t')) cells.push(line.trim());
    else if (line.trim() && cells.length > 0) cells[cells.length - 1] = `${cells[cells.length - 1]} ${line.trim()}`.trim();
  }
  return cells;
}

const isHeadingLike = (t: string): boolean =>
  isSectionLine(t) || isThemeLine(t) || isStrategicGoalLine(t) || isStrategicTargetLine(t) || isCapsHeadingLine(t) || parseArticleHeader(t) !== null;

/** Non-tab lines after a blank inside a table: cell text that wrapped, when a tab line soon follows. */
function continuationRunEnd(ctx: TableContext, k: number): number | null {
  const { lines, last } = ctx;
  let count = 0;
  let m = k;
  while (m <= last && !lines[m]!.tab) {
    const line = lines[m]!;
    if (!line.blank) {
      if (++count > 3 || line.text.trim().length > 80 || isHeadingLike(line.text.trim())) return null;
    }
    m++;
  }
  return m <= last ? m : null;
}

/**
 * A table stored one cell per line (each cell line starting with a tab, rows separated by blank lines),
 * from line i on: one chunk per row (an indicator with its sub-rows) under the table's caption and header.
 * Returns the line after the table.
 */
export function emitTable(ctx: TableContext, i: number): number {
  const { lines, text, first, last, docLabel, annex } = ctx;
  const rowStarts: number[] = [i];
  let j = i + 1;
  let lastLine = i;
  while (j <= last) {
    const line = lines[j]!;
    if (line.tab) {
      if (lines[j - 1]!.blank && line.text.trim() !== '') rowStarts.push(j);
      lastLine = j++;
      continue;
    }
    if (line.blank) {
      j++;
      continue;
    }
    if (lines[j - 1]!.tab && !isHeadingLike(line.text.trim())) {
      lastLine = j++;
      continue;
    }
    const runEnd = continuationRunEnd(ctx, j);
    if (runEnd === null) break;
    j = runEnd;
  }
  const rows = rowStarts.map((s, n) => {
    const nextStart = rowStarts[n + 1] ?? lastLine + 1;
    const end = ctx.contentEnd(s, nextStart) ?? lines[s]!.end;
    return { start: lines[s]!.start, end };
  });
  const firstCells = rowCells(text.slice(rows[0]!.start, rows[0]!.end));
  const hasHeader = rows.length > 1 && !INDICATOR_CODE.test(firstCells[0] ?? '');
  const headerLabel = hasHeader ? clip(firstCells.filter(Boolean).join(' '), 200) : null;
  // The table's caption: a short line right above it ("Maliyetlendirme Tablosu", "Tedbirler").
  let c = i - 1;
  while (c >= first && lines[c]!.blank) c--;
  const above = c >= first && !lines[c]!.tab ? lines[c]!.text.trim() : '';
  const baseHeadings = ctx.headingsAt(rows[0]!.start);
  const tableName = above && above.length <= 60 ? above : ctx.nearestHeading(baseHeadings) ?? 'Tablo';
  const headings = [...baseHeadings, ...(above && above.length <= 60 ? [above] : []), ...(headerLabel ? [headerLabel] : [])];
  for (const row of hasHeader ? rows.slice(1) : rows) {
    const cells = rowCells(text.slice(row.start, row.end));
    // A row with nothing but its ordinal ("\t11") carries no information.
    if (cells.filter(Boolean).length <= 1 && row.end - row.start < 8) continue;
    const key = cells[0] ?? '';
    const locator = INDICATOR_CODE.test(key)
      ? `Gösterge ${key} (Performans Göstergeleri tablosu)`
      : `${tableName}, ${/^\d+$/u.test(key) ? `sıra ${key}` : clip(key || (cells.find(Boolean) ?? ''), 60)}`;
    const spans = row.end - row.start > ctx.rowMax ? packText(text, row.start, row.end, { min: 600, max: ctx.rowMax }) : [row];
    const rowKey = INDICATOR_CODE.test(key) ? `Gösterge ${key}` : clip(key || (cells.find(Boolean) ?? ''), 60);
    const loc: Locator = { document: docLabel, ...(annex ? { annex } : {}), section: tableName, row: rowKey };
    for (const span of spans) ctx.emit(span, headings, locator, loc);
  }
  return j;
}

/** The label-row lines from i on (blank lines between rows allowed), or [] when fewer than MIN_LABEL_ROWS. */
export function labelRunAt(ctx: TableContext, i: number): { line: number; label: string }[] {
  const { lines, last } = ctx;
  const run: { line: number; label: string }[] = [];
  for (let k = i; k <= last; k = ctx.nextNonBlank(k + 1)) {
    const row = lines[k]!.footer ? null : parseLabelRow(lines[k]!.text);
    if (!row) break;
    run.push({ line: k, label: row.label });
  }
  return run.length >= MIN_LABEL_ROWS ? run : [];
}

/**
 * Label-led rows ("PİLOT Pilot lisansına sahip olmak."), a two-column table saved as text: one chunk per
 * row, under the caption and column names in capitals just above. Returns the line after the run.
 */
export function emitLabelRows(ctx: TableContext, run: { line: number; label: string }[]): number {
  const { lines, first, docLabel, annex } = ctx;
  // Column names and the table's caption are the lines in capitals just above ("A –SÖZLEŞMELİ …", "UNVANI").
  const caption: string[] = [];
  for (let k = run[0]!.line - 1; k >= first && caption.length < 4; k--) {
    if (lines[k]!.blank) continue;
    if (!isCapsOnlyLine(lines[k]!.text) || isAnnexLine(lines[k]!.text)) break;
    caption.unshift(lines[k]!.text.trim());
  }
  const baseHeadings = ctx.headingsAt(lines[run[0]!.line]!.start);
  const headings = [...baseHeadings, ...(caption.length > 0 ? [clip(caption.join(' '), 200)] : [])];
  const tableName = ctx.nearestHeading(baseHeadings)?.replace(/\s*\(.*$/u, '') ?? (caption.length > 0 ? clip(caption[0]!, 60) : 'Tablo');
  for (const { line, label } of run) {
    const loc: Locator = { document: docLabel, ...(annex ? { annex } : {}), section: tableName, row: clip(label, 60) };
    ctx.emit({ start: textStart(lines[line]!), end: lines[line]!.end }, headings, `${docLabel}, ${tableName}, ${clip(label, 60)}`, loc);
  }
  return run.at(-1)!.line + 1;
}
