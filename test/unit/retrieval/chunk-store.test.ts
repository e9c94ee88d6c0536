import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chunkDocument, readCorpusDocument, type Chunk, type SourceDocument } from '../../../src/ingest/index.js';
import { openChunkStore, writeChunkStore } from '../../../src/retrieval/chunk-store.js';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await fs.rm(d, { recursive: true, force: true });
});

async function roundTrip(documents: SourceDocument[], chunks: Chunk[], options?: { textCacheChars?: number }) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'chunk-store-'));
  dirs.push(dir);
  await writeChunkStore(dir, documents, chunks);
  return Object.assign(await openChunkStore(dir, options), { dir });
}

const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('chunk store › round trip', () => {
  it('gives back every document and chunk of a real file, texts included', async () => {
    const doc = await readCorpusDocument({ repoRoot: REPO_ROOT, corpusDir: 'corpus', relPath: 'stratejik-planlar/erzincan-mem-2015-2019-stratejik-plan.txt', catalog: [] });
    const chunks = chunkDocument(doc);
    // A tiny text cache: most reads go to the file, not to a decoded document.
    const opened = await roundTrip([doc], chunks, { textCacheChars: 1000 });
    expect(opened.chunks).toHaveLength(chunks.length);
    opened.chunks.forEach((chunk, i) => {
      expect(chunk.text).toBe(chunks[i]!.text);
      expect(plain(chunk)).toEqual(plain(chunks[i]));
    });
    expect(opened.documents[0]!.text).toBe(doc.text);
    expect(plain(opened.documents[0])).toEqual(plain(doc));
    opened.texts.close();
    // After close, a read opens the file again.
    expect(opened.chunks[3]!.text).toBe(chunks[3]!.text);
  });

  const doc = (id: string, text: string, extra: Record<string, unknown> = {}): SourceDocument => ({
    id, source: `corpus/${id}.txt`, title: `Başlık ${id}`, kind: 'other', asOf: null, issuer: null, text, pages: [], parts: [], contentHash: id, ...extra,
  });
  const chunk = (d: SourceDocument, start: number, end: number, extra: Record<string, unknown> = {}): Chunk => ({
    id: `${d.id}#${start}`, docId: d.id, source: d.source, title: d.title, subTitle: null, locator: `${d.title}, ${start}`,
    article: null, page: null, kind: 'text', headings: [], start, end, text: d.text.slice(start, end), ...extra,
  });

  it('carries fields it has no column for, and values of unexpected types, unchanged', async () => {
    const a = doc('a', 'İlk belge: öğretmen ve şube. Ğ ı ş ç ö ü.', { aliases: ['birinci'], revisions: [{ asOf: '2024-01' }] });
    const b = doc('b', 'Surrogates: 😀 and a lone \ud800 half stay exact.');
    const chunks = [
      chunk(a, 0, 10, { structured: { document: 'a', article: 4, paragraphs: [1, 2] }, aliases: ['x'] }),
      { ...chunk(a, 11, 26), locator: { document: 'a', page: 3 } as unknown as string, page: 7, article: 'Madde 4', subTitle: 'Alt', headings: ['BİRİNCİ BÖLÜM', 'Amaç'] },
      { ...chunk(b, 0, 20), page: 1.5 as unknown as number },
      chunk(b, 12, 47),
      // A text that is not its document's slice keeps its own text.
      { ...chunk(b, 0, 5), text: 'başka' },
    ];
    const opened = await roundTrip([a, b], chunks);
    expect(plain(opened.chunks)).toEqual(plain(chunks));
    expect(plain(opened.documents)).toEqual(plain([a, b]));
    expect(opened.chunks[3]!.text).toBe(b.text.slice(12, 47));
    expect(opened.chunks[4]!.text).toBe('başka');
    expect((opened.chunks[0] as unknown as { structured: unknown }).structured).toEqual({ document: 'a', article: 4, paragraphs: [1, 2] });
    // Chunks under the same headings share them; an empty list stays an empty list.
    expect(opened.chunks[1]!.headings).toEqual(['BİRİNCİ BÖLÜM', 'Amaç']);
    expect(opened.chunks[0]!.headings).toEqual([]);
  });

  it('keeps locators in columns, key order and all, and one it cannot hold as it was', async () => {
    const a = doc('a', 'Madde 1 – Amaç. (1) Bu Yönetmeliğin amacı şudur. (2) İkinci fıkra.');
    const located = [
      chunk(a, 0, 15, { loc: { document: 'Yönetmelik', article: 'Madde 1' } }),
      chunk(a, 16, 50, { loc: { article: 'Madde 1', document: 'Yönetmelik', paragraphs: [1, 2], item: 'c', page: 4, part: 'Ek' } }),
      chunk(a, 16, 30, { loc: { document: 'Tablo', annex: 'EK-1', section: 'Göstergeler', row: 'PİLOT' } }),
      chunk(a, 30, 40, { loc: { document: 'Yönetmelik', paragraphs: [1.5, 2] } }),
      chunk(a, 40, 45, { loc: { document: 'Yönetmelik', other: 'x' } }),
      chunk(a, 45, 50),
    ];
    const opened = await roundTrip([a], located);
    expect(JSON.stringify(opened.chunks.map((c) => c.loc))).toBe(JSON.stringify(located.map((c) => c.loc)));
    expect(plain(opened.chunks)).toEqual(plain(located));
    expect(opened.chunks[5]!.loc).toBeUndefined();
    // Only the locators the columns cannot hold go to chunk-extras.json.
    const extras = JSON.parse(await fs.readFile(path.join(opened.dir, 'chunk-extras.json'), 'utf8')) as { rows: [number, unknown][] };
    expect(extras.rows.map(([i]) => i)).toEqual([3, 4]);
  });

  it('shows the start of a document as its text, the rest of the document unchanged', async () => {
    const a = doc('a', `Kanun Numarası : 1234\n${'uzun metin '.repeat(500)}`);
    const opened = await roundTrip([a], [chunk(a, 0, 21)], { textCacheChars: 10_000_000 });
    const head = opened.documents[0]!.withTextHead(30);
    expect(head.text).toBe(a.text.slice(0, 30));
    expect(head.id).toBe('a');
    expect(head.title).toBe(a.title);
    // The whole text is still the document's own.
    expect(opened.documents[0]!.text).toBe(a.text);
  });

  it('opens an empty store', async () => {
    const opened = await roundTrip([], []);
    expect(opened.chunks).toEqual([]);
    expect(opened.documents).toEqual([]);
  });
});
