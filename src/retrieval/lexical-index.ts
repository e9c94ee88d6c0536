import bm25 from 'wink-bm25-text-search';
import { indexTerms } from '../text/index.js';
import type { Chunk } from '../ingest/types.js';

export interface LexicalHit {
  chunkIndex: number;
  score: number;
}

// wink refuses to consolidate fewer than three documents; tiny corpora get empty fillers it never returns.
const MIN_DOCUMENTS = 3;
const FILLER_PREFIX = 'filler-';

/** Terms of the diacritic-free twin field start with "~" (see indexTerms): only they go to that field. */
const bodyTerms = (text: string) => indexTerms(text).filter((t) => !t.startsWith('~'));
const asciiTerms = (text: string) => indexTerms(text).filter((t) => t.startsWith('~'));

/**
 * BM25 over Turkish-normalised terms, by wink-bm25-text-search (BM25F: field weights). The chunk body
 * counts fully, its context (title, headings, article label) at half weight, and the diacritic-free
 * twin terms at a third, so an exact Turkish spelling outranks a typed-without-diacritics match.
 */
export class LexicalIndex {
  private constructor(
    private readonly engine: ReturnType<typeof bm25>,
    readonly size: number,
  ) {}

  static build(chunks: readonly Pick<Chunk, 'text' | 'title' | 'subTitle' | 'headings' | 'article'>[]): LexicalIndex {
    const engine = bm25();
    engine.defineConfig({ fldWeights: { body: 1, context: 0.5, ascii: 0.35 }, bm25Params: { k1: 1.2, b: 0.75, k: 1 } });
    engine.definePrepTasks([bodyTerms], 'body');
    engine.definePrepTasks([bodyTerms], 'context');
    engine.definePrepTasks([asciiTerms], 'ascii');
    // The default tasks serve queries only (every field has its own): queries arrive as prepared
    // term lists joined by spaces (see search()).
    engine.definePrepTasks([(q: string) => q.split(' ').filter(Boolean)]);
    chunks.forEach((chunk, i) => {
      const context = [chunk.title, chunk.subTitle ?? '', chunk.article ?? '', ...chunk.headings].join(' ');
      engine.addDoc({ body: chunk.text, context, ascii: `${chunk.text} ${context}` }, i);
    });
    for (let i = chunks.length; i < MIN_DOCUMENTS; i++) {
      engine.addDoc({ body: '', context: '', ascii: '' }, `${FILLER_PREFIX}${i}`);
    }
    engine.consolidate();
    return new LexicalIndex(engine, chunks.length);
  }

  /** `terms` are index terms (stems and "~" twins), possibly repeated to weigh them more. */
  search(terms: readonly string[], limit: number): LexicalHit[] {
    if (terms.length === 0) return [];
    return this.engine
      .search(terms.join(' '), limit)
      .filter(([id]) => !String(id).startsWith(FILLER_PREFIX))
      .map(([id, score]) => ({ chunkIndex: Number(id), score }));
  }
}
