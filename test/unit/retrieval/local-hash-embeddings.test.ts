import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { embeddingText } from '../../../src/ingest/build-index.js';
import { chunkHeader } from '../../../src/ingest/chunk-header.js';
import { chunkDocument, readCorpusDocument } from '../../../src/ingest/index.js';
import { LocalHashEmbeddings } from '../../../src/retrieval/local-hash-embeddings.js';
import { isStopword, stemTurkish, stripTurkishDiacritics, tokenizeRaw } from '../../../src/text/index.js';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

/** The embedding as first written: every feature of every word hashed again, straight into the vector. */
function referenceEmbed(text: string, dimensions = 256): number[] {
  const hash32 = (s: string) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
  };
  const vector = new Float64Array(dimensions);
  const add = (feature: string, weight: number) => {
    const h = hash32(feature);
    vector[h % dimensions]! += (h & 0x80000000 ? -1 : 1) * weight;
  };
  for (const word of tokenizeRaw(text)) {
    if (isStopword(word)) continue;
    const stem = stripTurkishDiacritics(stemTurkish(word));
    add(`s:${stem}`, 1);
    if (/^\d/.test(stem)) continue;
    const padded = `^${stem}$`;
    for (let i = 0; i + 3 <= padded.length; i++) add(`g:${padded.slice(i, i + 3)}`, 0.35);
  }
  let norm = 0;
  for (const v of vector) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  return Array.from(vector, (v) => v / norm);
}

describe('LocalHashEmbeddings › cached word features', () => {
  it('give the same vectors, bit for bit, as hashing every word again', async () => {
    const text = await fs.readFile(path.join(REPO_ROOT, 'corpus/mevzuat/sozlesmeli-personel-esaslari.txt'), 'utf8');
    const passages = text.split(/\n\s*\n/u).filter((p) => p.trim() !== '');
    expect(passages.length).toBeGreaterThan(50);
    const embeddings = new LocalHashEmbeddings();
    // Twice: the second pass is served from the cache.
    for (let pass = 0; pass < 2; pass++) {
      for (const passage of passages) expect(embeddings.embedText(passage)).toEqual(referenceEmbed(passage));
    }
    expect(embeddings.embedText('')).toEqual(referenceEmbed(''));
  });
});

describe('LocalHashEmbeddings › embedTokens', () => {
  it('gives what embedText gives for a chunk whose header and text were tokenised apart (as ingest does)', async () => {
    const doc = await readCorpusDocument({ repoRoot: REPO_ROOT, corpusDir: 'corpus', relPath: 'stratejik-planlar/erzincan-mem-2015-2019-stratejik-plan.txt', catalog: [] });
    const embeddings = new LocalHashEmbeddings();
    const chunks = chunkDocument(doc);
    expect(chunks.length).toBeGreaterThan(50);
    for (const chunk of chunks) {
      expect(embeddings.embedTokens([...tokenizeRaw(chunkHeader(chunk)), ...tokenizeRaw(chunk.text)])).toEqual(embeddings.embedText(embeddingText(chunk)));
    }
  });
});
