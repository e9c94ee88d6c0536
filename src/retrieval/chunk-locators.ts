import type { Locator } from '../ingest/types.js';

/**
 * Chunks' `loc` (where a chunk sits, field by field) as typed-array columns of chunks.bin instead of JSON:
 * every chunk has one, and 100,000 of them parsed from chunk-extras.json at each load cost more time than
 * the rest of the chunk store together, and as many objects that serving never reads (only ingest's audit
 * does). Each chunk keeps the key order its locator was made with (a "shape"), so the object read back
 * is the one written, key for key. A locator the columns cannot hold (another key, a value of another
 * type) is left to chunk-extras.json, as any unknown field.
 */
const STRING_KEYS = ['document', 'part', 'article', 'caption', 'item', 'annex', 'section', 'row'] as const;
const KEYS = new Set<string>([...STRING_KEYS, 'page', 'paragraphs']);
const NONE = -1;

const isInt32 = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= -2147483647 && v <= 2147483647;

/** Gathers locators, chunk by chunk, into columns. */
export class LocatorColumnsWriter {
  readonly shapes: string[][] = [];
  private readonly shapeIds = new Map<string, number>();
  readonly columns: Record<string, Int32Array>;

  constructor(
    n: number,
    private readonly stringId: (s: string) => number,
  ) {
    this.columns = { locShape: new Int32Array(n).fill(NONE), locPage: new Int32Array(n), locParaFrom: new Int32Array(n), locParaTo: new Int32Array(n) };
    for (const key of STRING_KEYS) this.columns[columnOf(key)] = new Int32Array(n).fill(NONE);
  }

  /** Stores chunk i's locator; false when the columns cannot hold it (the caller keeps it as an extra). */
  add(i: number, loc: unknown): boolean {
    if (!isPlainLocator(loc)) return false;
    const keys = Object.keys(loc);
    const shapeKey = keys.join(',');
    let shape = this.shapeIds.get(shapeKey);
    if (shape === undefined) {
      shape = this.shapes.length;
      this.shapeIds.set(shapeKey, shape);
      this.shapes.push(keys);
    }
    const c = this.columns;
    c.locShape![i] = shape;
    for (const key of STRING_KEYS) if (loc[key] !== undefined) c[columnOf(key)]![i] = this.stringId(loc[key]);
    if (loc.page !== undefined) c.locPage![i] = loc.page;
    if (loc.paragraphs !== undefined) {
      c.locParaFrom![i] = loc.paragraphs[0];
      c.locParaTo![i] = loc.paragraphs[1];
    }
    return true;
  }
}

function isPlainLocator(loc: unknown): loc is Locator {
  if (loc === null || typeof loc !== 'object' || Object.getPrototypeOf(loc) !== Object.prototype) return false;
  for (const [key, value] of Object.entries(loc)) {
    if (!KEYS.has(key)) return false;
    if (key === 'page') {
      if (!isInt32(value)) return false;
    } else if (key === 'paragraphs') {
      if (!Array.isArray(value) || value.length !== 2 || !isInt32(value[0]) || !isInt32(value[1])) return false;
    } else if (typeof value !== 'string') return false;
  }
  return true;
}

const columnOf = (key: string) => `loc${key[0]!.toUpperCase()}${key.slice(1)}`;

/** The column names chunks.bin holds locators in. */
export const LOCATOR_COLUMNS = ['locShape', 'locPage', 'locParaFrom', 'locParaTo', ...STRING_KEYS.map(columnOf)] as const;

/** Locators read back from the columns, one object per call (serving keeps none of them). */
export class LocatorColumns {
  private readonly stringColumns: Map<string, Int32Array>;

  constructor(
    private readonly shapes: readonly (readonly string[])[],
    private readonly columns: Readonly<Record<string, Int32Array>>,
    private readonly strings: readonly string[],
  ) {
    this.stringColumns = new Map(STRING_KEYS.filter((key) => columns[columnOf(key)] !== undefined).map((key) => [key, columns[columnOf(key)]!]));
  }

  /** Chunk i's locator, or undefined when it has none in the columns. */
  at(i: number): Locator | undefined {
    const shape = this.shapes[this.columns.locShape![i]!];
    if (!shape) return undefined;
    const loc: Record<string, unknown> = {};
    for (const key of shape) {
      if (key === 'page') loc.page = this.columns.locPage![i];
      else if (key === 'paragraphs') loc.paragraphs = [this.columns.locParaFrom![i], this.columns.locParaTo![i]];
      else loc[key] = this.strings[this.stringColumns.get(key)![i]!];
    }
    return loc as unknown as Locator;
  }
}
