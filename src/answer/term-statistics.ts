import type { Chunk } from '../ingest/types.js';
import { keysOf } from '../text/index.js';

/**
 * Document frequencies of match keys over all chunks, for IDF weights: a question word that is in
 * every chunk ("madde", "personel") says little about which sentence answers it.
 */
export class TermStatistics {
  private constructor(
    private readonly countOf: (key: string) => number,
    private readonly total: number,
  ) {}

  /** Counts from the chunk texts themselves (the benchmark's baseline for the lexical-index route). */
  static fromChunks(chunks: readonly Chunk[]): TermStatistics {
    const df = new Map<string, number>();
    for (const chunk of chunks) {
      for (const key of keysOf(`${chunk.text} ${chunk.headings.join(' ')} ${chunk.subTitle ?? chunk.title}`)) {
        df.set(key, (df.get(key) ?? 0) + 1);
      }
    }
    return new TermStatistics((key) => df.get(key) ?? 0, Math.max(chunks.length, 1));
  }

  /**
   * The same counts, read off the lexical index: its diacritic-free twin terms ("~" + key) are built from
   * the same text and context, so nothing has to be tokenised twice at load time.
   */
  static fromLexicalIndex(lexical: { documentFrequency(term: string): number; size: number }): TermStatistics {
    return new TermStatistics((key) => lexical.documentFrequency(`~${key}`), Math.max(lexical.size, 1));
  }

  documentFrequency(key: string): number {
    return this.countOf(key);
  }

  idf(key: string): number {
    const n = this.countOf(key);
    return Math.log(1 + (this.total - n + 0.5) / (n + 0.5));
  }
}
