import { describe, expect, it } from 'vitest';
import { ExactCosineSearch, recallAtK } from '../../../src/bench/exact-search.js';
import { percentile, summarize } from '../../../src/bench/measure.js';
import { createZipfSampler, generateSyntheticCorpus, mulberry32, rankVocabulary } from '../../../src/bench/synthetic-corpus.js';

const VOCABULARY = rankVocabulary([
  'Sözleşmeli personele yıllık izin verilir. Yıllık izin süresi hizmet süresine göre belirlenir. ' +
    'Hastalık izni, doğum izni ve süt izni ücretli olarak kullandırılır. Öğretmenlerin mesleki eğitim ' +
    'programlarına katılımı il müdürlüğü tarafından planlanır. İşgücü piyasası araştırması yapılır.',
]);

describe('generateSyntheticCorpus › determinism', () => {
  it('gives the same documents, chunks and questions for the same seed', () => {
    const a = generateSyntheticCorpus({ seed: 7, chunkCount: 500, vocabulary: VOCABULARY, queryCount: 30 });
    const b = generateSyntheticCorpus({ seed: 7, chunkCount: 500, vocabulary: VOCABULARY, queryCount: 30 });
    expect(b).toEqual(a);
  });

  it('gives a different corpus for another seed', () => {
    const a = generateSyntheticCorpus({ seed: 7, chunkCount: 50, vocabulary: VOCABULARY });
    const b = generateSyntheticCorpus({ seed: 8, chunkCount: 50, vocabulary: VOCABULARY });
    expect(b.chunks.map((c) => c.text)).not.toEqual(a.chunks.map((c) => c.text));
  });
});

describe('generateSyntheticCorpus › shape', () => {
  const corpus = generateSyntheticCorpus({ seed: 42, chunkCount: 1234, vocabulary: VOCABULARY, queryCount: 50, chunksPerDocument: 100 });
  const docs = new Map(corpus.documents.map((d) => [d.id, d]));

  it('makes exactly the chunks asked for, spread over documents', () => {
    expect(corpus.chunks).toHaveLength(1234);
    expect(corpus.documents).toHaveLength(13);
    expect(new Set(corpus.chunks.map((c) => c.id)).size).toBe(1234);
  });

  it('keeps every chunk a verbatim slice of its document', () => {
    for (const chunk of corpus.chunks) {
      const doc = docs.get(chunk.docId);
      expect(doc, chunk.id).toBeDefined();
      expect(doc!.text.slice(chunk.start, chunk.end), chunk.id).toBe(chunk.text);
      expect(chunk.source).toBe(doc!.source);
    }
  });

  it('labels articles of regulations and gives every chunk a heading', () => {
    const articles = corpus.chunks.filter((c) => c.kind === 'article');
    expect(articles.length).toBeGreaterThan(0);
    for (const c of articles) expect(c.text.startsWith(`MADDE ${c.article!.replace('Madde ', '')} – `)).toBe(true);
    for (const c of corpus.chunks) expect(c.headings[0]).toMatch(/BÖLÜM/u);
  });

  it('builds questions from the chunk they name, using its words', () => {
    expect(corpus.queries).toHaveLength(50);
    for (const q of corpus.queries) {
      const chunk = corpus.chunks[q.sourceChunkIndex]!;
      const chunkWords = new Set((chunk.text.toLocaleLowerCase('tr-TR').match(/\p{L}+/gu) ?? []));
      const shared = (q.question.toLocaleLowerCase('tr-TR').match(/\p{L}+/gu) ?? []).filter((w) => chunkWords.has(w));
      expect(shared.length, q.question).toBeGreaterThan(0);
    }
  });
});

describe('synthetic-corpus › helpers', () => {
  it('mulberry32 repeats for a seed and stays in [0, 1)', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('the Zipf sampler favours low ranks', () => {
    const sample = createZipfSampler(100, mulberry32(3));
    const counts = new Array<number>(100).fill(0);
    for (let i = 0; i < 20_000; i++) counts[sample()]!++;
    expect(counts[0]!).toBeGreaterThan(counts[9]!);
    expect(counts[9]!).toBeGreaterThan(counts[99]!);
  });

  it('ranks vocabulary by frequency, ties in code-unit order, Turkish lower case', () => {
    expect(rankVocabulary(['İzin izin ücret Ücret ücret ab'])).toEqual(['ücret', 'izin', 'ab']);
  });
});

describe('measure › percentile', () => {
  it('returns the nearest-rank sample', () => {
    const xs = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(xs, 50)).toBe(5);
    expect(percentile(xs, 95)).toBe(10);
    expect(percentile(xs, 10)).toBe(1);
    expect(percentile(xs, 0)).toBe(1);
    expect(percentile(xs, 100)).toBe(10);
    expect(percentile([42], 99)).toBe(42);
  });

  it('is NaN without samples and rejects p outside 0…100', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('summarizes count, mean and max', () => {
    expect(summarize([1, 2, 3, 4])).toEqual({ n: 4, p50: 2, p95: 4, p99: 4, mean: 2.5, max: 4 });
  });
});

describe('ExactCosineSearch › search', () => {
  it('finds the most similar vectors first, by cosine', () => {
    const exact = ExactCosineSearch.build([[1, 0], [0, 1], [1, 1], [-1, 0], [2, 0.1]]);
    expect(exact.search([1, 0], 3)).toEqual([0, 4, 2]);
    expect(recallAtK([0, 4, 2], [2, 0, 3])).toBeCloseTo(2 / 3);
  });
});
