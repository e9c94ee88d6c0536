import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateSharedCorpus } from '../../src/config/shared-corpora.js';
import { chunkDocument, loadCatalog, readCorpusDocument } from '../../src/ingest/index.js';
import { REPO_ROOT } from '../helpers/temp-corpus.js';

/**
 * The eight large laws (read where they lie, never copied here): every article header printed in a law is
 * an article of its chunks. Türk Ticaret Kanunu runs to Madde 1535 and Türk Medeni Kanunu to Madde 1030;
 * articles past 999 had been chunked as section text. Fails loudly when the corpus is missing.
 */
const SCALE = locateSharedCorpus('scale-corpus', REPO_ROOT);
// Counted without the chunker, straight from the text.
const HEADER = /^[ \t]*((?:(?:Ek|EK|Geçici|GEÇİCİ)\s+)*)(?:MADDE|Madde)\s*[-–]?\s*(\d+(?:\/[A-Z])?)\s*[-–—.:]/gmu;

function labelOf(prefix: string, number: string): string {
  const words = prefix.trim().split(/\s+/u).filter(Boolean).map((w) => (/^ek$/iu.test(w) ? 'Ek' : 'Geçici'));
  return [...words, 'Madde', number].join(' ');
}

describe('scale corpus › every printed article is an article chunk', () => {
  it.each(readdirSync(path.join(SCALE, 'kanunlar')).filter((f) => f.endsWith('.txt')))('%s', async (file) => {
    const catalog = await loadCatalog(SCALE);
    const doc = await readCorpusDocument({ repoRoot: path.dirname(SCALE), corpusDir: SCALE, relPath: `kanunlar/${file}`, catalog });
    const printed = new Set([...doc.text.matchAll(HEADER)].map((m) => labelOf(m[1]!, m[2]!)));
    const chunked = new Set(chunkDocument(doc).map((c) => c.article).filter((a): a is string => a !== null));
    expect([...printed].filter((label) => !chunked.has(label))).toEqual([]);
    expect(printed.size).toBeGreaterThan(100);
  }, 60_000);
});
