import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Chunk, ChunkKind, Locator, SourceDocument } from '../ingest/types.js';
import { decodeStrings, encodeStrings, IndexFileError, readSections, section, writeSections } from './binary-sections.js';
import { LOCATOR_COLUMNS, LocatorColumns, LocatorColumnsWriter } from './chunk-locators.js';

/**
 * Chunks and document texts in a build folder, in a form that opens in milliseconds and keeps the text out
 * of the heap:
 *   documents.json     every document field but `text` (any field ingest adds travels along)
 *   text.bin           each document's text once, UTF-16LE (a chunk's text is a range of it: no copy per chunk)
 *   chunks.bin         the chunk fields as typed-array columns over one interned string table, locators
 *                      included (chunk-locators.ts)
 *   chunk-extras.json  chunk fields outside the columns (new optional fields, unexpected types), by chunk
 * Text is read from text.bin when asked for (`chunk.text`, `document.text`): a positioned read of the
 * file (served from the page cache, not the process heap) and a UTF-16 decode, which is a copy — UTF-8
 * would cost ~10 ms per MB of Turkish to decode. Recently used document texts stay decoded in an LRU.
 */
export const CHUNK_STORE_FILES = { documents: 'documents.json', text: 'text.bin', chunks: 'chunks.bin', extras: 'chunk-extras.json' } as const;

const CHUNKS_MAGIC = 'KCHKv001';
const NULL = -1;
const NULL_PAGE = -2147483648;
/**
 * Decoded document texts kept at most (UTF-16 code units: 48 MB). An answer reads the whole text of each
 * cited document (quotes are checked against it); a law of 1 MB takes ~1 ms to read and decode again.
 */
const DEFAULT_TEXT_CACHE_CHARS = 24_000_000;

const STRING_FIELDS = ['id', 'docId', 'source', 'title', 'locator', 'kind'] as const;
const NULLABLE_STRING_FIELDS = ['subTitle', 'article'] as const;
const INT_FIELDS = ['start', 'end'] as const;
const KNOWN_FIELDS = new Set<string>([...STRING_FIELDS, ...NULLABLE_STRING_FIELDS, ...INT_FIELDS, 'page', 'headings', 'text', 'loc']);

const isInt32 = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= -2147483647 && v <= 2147483647;

class Interner {
  readonly list: string[] = [];
  private readonly ids = new Map<string, number>();
  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(s, id);
      this.list.push(s);
    }
    return id;
  }
}

/** Writes documents and chunks (chunk texts must be slices of their documents' texts, as ingest makes them). */
export async function writeChunkStore(dir: string, documents: readonly SourceDocument[], chunks: readonly Chunk[]): Promise<{ bytes: number }> {
  const docIndex = new Map(documents.map((d, i) => [d.id, i]));
  const docTextStart = new Float64Array(documents.length);
  const docTextLength = new Float64Array(documents.length);
  const textParts: Buffer[] = [];
  let textBytes = 0;
  const texts = documents.map((d, i) => {
    const text = d.text;
    const bytes = Buffer.from(text, 'utf16le');
    docTextStart[i] = textBytes;
    docTextLength[i] = text.length;
    textParts.push(bytes);
    textBytes += bytes.length;
    return text;
  });
  const metas = documents.map((d) => {
    const meta: Record<string, unknown> = { ...d };
    delete meta.text;
    return meta;
  });

  const strings = new Interner();
  const headingLists = new Map<string, number>();
  const headingEnds: number[] = [];
  const headingItems: number[] = [];
  const n = chunks.length;
  const columns = {
    docIndex: new Int32Array(n),
    start: new Int32Array(n),
    end: new Int32Array(n),
    page: new Int32Array(n),
    headings: new Int32Array(n),
    ...Object.fromEntries([...STRING_FIELDS, ...NULLABLE_STRING_FIELDS].map((f) => [f, new Int32Array(n)])),
  } as Record<string, Int32Array>;
  const extras: [number, Record<string, unknown>][] = [];
  const locators = new LocatorColumnsWriter(n, (s) => strings.id(s));

  chunks.forEach((chunk, i) => {
    const fields = chunk as unknown as Record<string, unknown>;
    const extra: Record<string, unknown> = {};
    for (const key of Object.keys(fields)) if (!KNOWN_FIELDS.has(key)) extra[key] = fields[key];
    const d = docIndex.get(chunk.docId) ?? NULL;
    columns.docIndex![i] = d;
    for (const f of STRING_FIELDS) {
      const v = fields[f];
      if (typeof v === 'string') columns[f]![i] = strings.id(v);
      else {
        columns[f]![i] = NULL;
        extra[f] = v;
      }
    }
    for (const f of NULLABLE_STRING_FIELDS) {
      const v = fields[f];
      if (typeof v === 'string') columns[f]![i] = strings.id(v);
      else {
        columns[f]![i] = NULL;
        if (v !== null) extra[f] = v;
      }
    }
    for (const f of INT_FIELDS) {
      const v = fields[f];
      if (isInt32(v)) columns[f]![i] = v;
      else extra[f] = v;
    }
    const page = fields.page;
    if (page === null) columns.page![i] = NULL_PAGE;
    else if (isInt32(page)) columns.page![i] = page;
    else {
      columns.page![i] = NULL_PAGE;
      extra.page = page;
    }
    if (fields.loc !== undefined && !locators.add(i, fields.loc)) extra.loc = fields.loc;
    const headings = fields.headings;
    if (Array.isArray(headings) && headings.every((h) => typeof h === 'string')) {
      const key = headings.join('\u0000') + (headings.length === 0 ? '' : '\u0001');
      let list = headingLists.get(key);
      if (list === undefined) {
        list = headingEnds.length;
        headingLists.set(key, list);
        for (const h of headings) headingItems.push(strings.id(h));
        headingEnds.push(headingItems.length);
      }
      columns.headings![i] = list;
    } else {
      columns.headings![i] = NULL;
      extra.headings = headings;
    }
    // The text is stored once, in its document; a chunk whose text is not that slice keeps its own.
    const docText = d === NULL ? undefined : texts[d];
    if (docText === undefined || !isInt32(fields.start) || !isInt32(fields.end) || docText.slice(chunk.start, chunk.end) !== chunk.text) {
      extra.text = chunk.text;
    }
    if (Object.keys(extra).length > 0) extras.push([i, extra]);
  });

  const { blob, ends } = encodeStrings(strings.list);
  await fsp.writeFile(path.join(dir, CHUNK_STORE_FILES.documents), JSON.stringify(metas));
  await fsp.writeFile(path.join(dir, CHUNK_STORE_FILES.extras), JSON.stringify({ rows: extras }));
  const textHandle = await fsp.open(path.join(dir, CHUNK_STORE_FILES.text), 'w');
  try {
    // writev takes at most IOV_MAX (1024) buffers a call.
    for (let k = 0; k < textParts.length; k += 1024) await textHandle.writev(textParts.slice(k, k + 1024));
  } finally {
    await textHandle.close();
  }
  const chunkBytes = await writeSections(path.join(dir, CHUNK_STORE_FILES.chunks), CHUNKS_MAGIC, { chunks: n, documents: documents.length, locShapes: locators.shapes }, {
    ...columns,
    ...locators.columns,
    headingEnds: Int32Array.from(headingEnds),
    headingItems: Int32Array.from(headingItems),
    stringChars: blob,
    stringEnds: ends,
    docTextStart,
    docTextLength,
  });
  return { bytes: chunkBytes + textBytes };
}

/** Lazily read document texts, with the most recently used ones kept decoded. */
export class TextStore {
  private fd: number | null;
  private scratch = Buffer.alloc(64 * 1024);
  private readonly cache = new Map<number, string>();
  private cachedChars = 0;

  constructor(
    private readonly file: string,
    private readonly starts: Float64Array,
    private readonly lengths: Float64Array,
    private readonly budgetChars = DEFAULT_TEXT_CACHE_CHARS,
  ) {
    this.fd = fs.openSync(file, 'r');
    closeOnCollect.register(this, this.fd, this);
  }

  /** Closes the file; a later read opens it again (if the build folder still exists). */
  close(): void {
    if (this.fd === null) return;
    closeOnCollect.unregister(this);
    fs.closeSync(this.fd);
    this.fd = null;
  }

  documentText(doc: number): string {
    const cached = this.cache.get(doc);
    if (cached !== undefined) {
      this.cache.delete(doc);
      this.cache.set(doc, cached);
      return cached;
    }
    const text = this.read(doc, 0, this.lengths[doc]!);
    this.cache.set(doc, text);
    this.cachedChars += text.length;
    for (const [old, oldText] of this.cache) {
      if (this.cachedChars <= this.budgetChars || old === doc) break;
      this.cache.delete(old);
      this.cachedChars -= oldText.length;
    }
    return text;
  }

  /** `documentText(doc).slice(start, end)`, without decoding the whole document when it is not cached. */
  slice(doc: number, start: number, end: number): string {
    const cached = this.cache.get(doc);
    if (cached !== undefined) return cached.slice(start, end);
    const length = this.lengths[doc]!;
    const from = Math.min(Math.max(0, start), length);
    return this.read(doc, from, Math.max(from, Math.min(end, length)));
  }

  private read(doc: number, from: number, to: number): string {
    const bytes = (to - from) * 2;
    if (bytes === 0) return '';
    if (this.scratch.length < bytes) this.scratch = Buffer.alloc(Math.max(bytes, this.scratch.length * 2));
    if (this.fd === null) {
      this.fd = fs.openSync(this.file, 'r');
      closeOnCollect.register(this, this.fd, this);
    }
    let done = 0;
    while (done < bytes) {
      const n = fs.readSync(this.fd, this.scratch, done, bytes - done, this.starts[doc]! + from * 2 + done);
      if (n === 0) throw new IndexFileError(this.file, 'metin dosyası beklenenden kısa');
      done += n;
    }
    return this.scratch.toString('utf16le', 0, bytes);
  }
}

const closeOnCollect = new FinalizationRegistry<number>((fd) => fs.close(fd, () => undefined));

export interface StoredDocument extends SourceDocument {}
/** A document whose metadata is in memory and whose text is read when asked for. */
export class StoredDocument {
  readonly #texts: TextStore;
  readonly #index: number;

  constructor(texts: TextStore, index: number, meta: Record<string, unknown>) {
    this.#texts = texts;
    this.#index = index;
    Object.assign(this, meta);
  }

  get text(): string {
    return this.#texts.documentText(this.#index);
  }

  /**
   * This document seen through an object whose `text` is only its first `chars` characters, read without
   * decoding (or caching) the whole text: for work that reads the start of each text only.
   */
  withTextHead(chars: number): SourceDocument {
    return Object.create(this, { text: { value: this.#texts.slice(this.#index, 0, chars), enumerable: true } }) as SourceDocument;
  }

  /** Plain data with the text, for JSON and copies (`{ ...doc }` leaves the lazily read text out). */
  toJSON(): SourceDocument {
    return { ...this, text: this.text };
  }
}

export interface StoredChunk extends Chunk {}
/** A chunk whose fields are in memory and whose text is a range of its document's, read when asked for. */
export class StoredChunk {
  readonly #from: ChunkSource;
  readonly #doc: number;
  readonly #row: number;

  constructor(
    from: ChunkSource,
    row: number,
    doc: number,
    id: string,
    docId: string,
    source: string,
    title: string,
    subTitle: string | null,
    locator: string,
    article: string | null,
    page: number | null,
    kind: ChunkKind,
    headings: string[],
    start: number,
    end: number,
  ) {
    this.#from = from;
    this.#row = row;
    this.#doc = doc;
    this.id = id;
    this.docId = docId;
    this.source = source;
    this.title = title;
    this.subTitle = subTitle;
    this.locator = locator;
    this.article = article;
    this.page = page;
    this.kind = kind;
    this.headings = headings;
    this.start = start;
    this.end = end;
  }

  get text(): string {
    return this.#from.texts.slice(this.#doc, this.start, this.end);
  }

  /** Read from the columns when asked for (a locator the columns could not hold is an own property instead). */
  get loc(): Locator | undefined {
    return this.#from.locators?.at(this.#row);
  }

  /** Plain data with the text, for JSON and copies (`{ ...chunk }` leaves the lazily read text and locator out). */
  toJSON(): Chunk {
    const loc = this.loc;
    return loc === undefined ? { ...this, text: this.text } : { ...this, loc, text: this.text };
  }
}

/** What every chunk of one store reads its lazily read fields from. */
interface ChunkSource {
  texts: TextStore;
  locators: LocatorColumns | null;
}

export interface OpenedChunkStore {
  documents: StoredDocument[];
  chunks: StoredChunk[];
  texts: TextStore;
}

/** Opens what `writeChunkStore` wrote: metadata in memory, texts on demand. */
export async function openChunkStore(dir: string, options: { textCacheChars?: number } = {}): Promise<OpenedChunkStore> {
  const file = path.join(dir, CHUNK_STORE_FILES.chunks);
  const [{ sections, meta }, metasJson, extrasJson] = await Promise.all([
    readSections<{ chunks: number; locShapes?: string[][] }>(file, CHUNKS_MAGIC),
    fsp.readFile(path.join(dir, CHUNK_STORE_FILES.documents), 'utf8'),
    fsp.readFile(path.join(dir, CHUNK_STORE_FILES.extras), 'utf8'),
  ]);
  const int32 = (name: string) => section(sections, name, Int32Array, file);
  const texts = new TextStore(
    path.join(dir, CHUNK_STORE_FILES.text),
    section(sections, 'docTextStart', Float64Array, file),
    section(sections, 'docTextLength', Float64Array, file),
    options.textCacheChars,
  );
  const metas = JSON.parse(metasJson) as Record<string, unknown>[];
  const documents = metas.map((meta, i) => new StoredDocument(texts, i, meta));

  const strings = decodeStrings(section(sections, 'stringChars', Uint16Array, file), section(sections, 'stringEnds', Uint32Array, file));
  const headingEnds = int32('headingEnds');
  const headingItems = int32('headingItems');
  // Chunks under the same headings share one (frozen) array.
  const headingLists: string[][] = [];
  for (let l = 0, from = 0; l < headingEnds.length; l++) {
    const list: string[] = [];
    for (let k = from; k < headingEnds[l]!; k++) list.push(strings[headingItems[k]!]!);
    headingLists.push(Object.freeze(list) as string[]);
    from = headingEnds[l]!;
  }
  const [docIndex, start, end, page, headings, id, docId, source, title, locator, kind, subTitle, article] = [
    'docIndex', 'start', 'end', 'page', 'headings', 'id', 'docId', 'source', 'title', 'locator', 'kind', 'subTitle', 'article',
  ].map(int32) as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
  // NULL (-1) reads as undefined from the string table; the required string fields are never NULL unless
  // their value was of another type, which chunk-extras.json then restores.
  const n = docIndex.length;
  // Stores written before locators had columns keep them in chunk-extras.json (restored below as own properties).
  // A store written before a locator key had its column (the caption) has no shape naming that key.
  const locators = meta.locShapes
    ? new LocatorColumns(meta.locShapes, Object.fromEntries(LOCATOR_COLUMNS.filter((name) => sections.has(name)).map((name) => [name, int32(name)])), strings)
    : null;
  const from: ChunkSource = { texts, locators };
  const chunks = new Array<StoredChunk>(n);
  for (let i = 0; i < n; i++) {
    const p = page[i]!;
    const h = headings[i]!;
    chunks[i] = new StoredChunk(
      from,
      i,
      docIndex[i]!,
      strings[id[i]!]!,
      strings[docId[i]!]!,
      strings[source[i]!]!,
      strings[title[i]!]!,
      strings[subTitle[i]!] ?? null,
      strings[locator[i]!]!,
      strings[article[i]!] ?? null,
      p === NULL_PAGE ? null : p,
      strings[kind[i]!] as ChunkKind,
      h === NULL ? [] : headingLists[h]!,
      start[i]!,
      end[i]!,
    );
  }
  const { rows } = JSON.parse(extrasJson) as { rows: [number, Record<string, unknown>][] };
  for (const [i, extra] of rows) {
    const chunk = chunks[i];
    if (!chunk) throw new IndexFileError(path.join(dir, CHUNK_STORE_FILES.extras), `parça ${i} yok`);
    for (const [key, value] of Object.entries(extra)) {
      Object.defineProperty(chunk, key, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  return { documents, chunks, texts };
}
