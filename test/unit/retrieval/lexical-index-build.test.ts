import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkDocument, listCorpusFiles, loadCatalog, readCorpusDocument, type Chunk } from '../../../src/ingest/index.js';
import { contextText, LexicalIndex } from '../../../src/retrieval/lexical-index.js';
import { indexTerms } from '../../../src/text/index.js';
import { locateSharedCorpus } from '../../../src/config/shared-corpora.js';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

/** BM25F as first written: one Map of weighted term frequencies per chunk, terms added field by field. */
function referencePostings(chunks: readonly Chunk[]): Map<string, [number, number][]> {
  const K1 = 1.2;
  const B = 0.75;
  const perChunk = chunks.map((chunk) => {
    const tf = new Map<string, number>();
    let length = 0;
    const add = (terms: readonly string[], weight: number) => {
      for (const term of terms) {
        tf.set(term, (tf.get(term) ?? 0) + weight);
        length += weight;
      }
    };
    const body = indexTerms(chunk.text);
    const context = indexTerms(contextText(chunk));
    // Diacritic-free twins ("~ogret") and long-prefix terms ("+cumhurba") are secondary evidence.
    const secondary = (t: string) => t.startsWith('~') || t.startsWith('+');
    add(body.filter((t) => !secondary(t)), 1);
    add(context.filter((t) => !secondary(t)), 0.5);
    add([...body, ...context].filter(secondary), 0.35);
    return { tf, length };
  });
  const n = chunks.length;
  const avg = perChunk.reduce((a, c) => a + c.length, 0) / n;
  const df = new Map<string, number>();
  for (const { tf } of perChunk) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const postings = new Map<string, [number, number][]>();
  perChunk.forEach(({ tf, length }, i) => {
    for (const [term, f] of tf) {
      const idf = Math.log(1 + (n - df.get(term)! + 0.5) / (df.get(term)! + 0.5));
      const norm = K1 * (1 - B + (B * length) / avg);
      const list = postings.get(term) ?? [];
      list.push([i, Math.fround((idf * f * (K1 + 1)) / (f + norm))]);
      postings.set(term, list);
    }
  });
  return postings;
}

async function chunksOf(corpusDir: string, limit: number): Promise<Chunk[]> {
  const catalog = await loadCatalog(corpusDir);
  const chunks: Chunk[] = [];
  for (const relPath of (await listCorpusFiles(corpusDir)).filter((f) => !f.endsWith('.pdf')).slice(0, limit)) {
    chunks.push(...chunkDocument(await readCorpusDocument({ repoRoot: corpusDir, corpusDir, relPath, catalog })));
  }
  return chunks;
}

describe('LexicalIndex.build › same postings as the plain per-term formula', () => {
  it.each([
    ['the shipped corpus', path.join(REPO_ROOT, 'corpus'), 10],
    ['two laws of the scale corpus', locateSharedCorpus('scale-corpus', REPO_ROOT), 2],
  ])('%s', async (_name, corpusDir, files) => {
    const chunks = await chunksOf(corpusDir, files);
    expect(chunks.length).toBeGreaterThan(100);
    const built = LexicalIndex.build(chunks);
    const reference = referencePostings(chunks);
    let compared = 0;
    for (const [term, list] of reference) {
      expect(built.documentFrequency(term), term).toBe(list.length);
      // One posting list per term: every chunk with its weight, bit for bit.
      const hits = built.postingsOf(term);
      expect(hits, term).toEqual(list);
      compared++;
    }
    expect(compared).toBe(built.termCount);
  });
});
