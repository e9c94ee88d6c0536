import { indexTerms } from '../text/index.js';
import type { Chunk } from '../ingest/types.js';

export interface LexicalHit {
  chunkIndex: number;
  score: number;
}

type IndexableChunk = Pick<Chunk, 'text' | 'title' | 'subTitle' | 'headings' | 'article'>;

/**
 * BM25F field weights: the chunk body counts fully, its context (title, headings, article label) at half,
 * and the diacritic-free twin terms ("~ogret") at a third, so an exact Turkish spelling outranks a
 * typed-without-diacritics match while the latter still finds the passage.
 */
const FIELD_WEIGHTS = { body: 1, context: 0.5, ascii: 0.35 } as const;
const K1 = 1.2;
const B = 0.75;

/** What the context field holds for a chunk: where it sits, not what it says. */
export function contextText(chunk: IndexableChunk): string {
  return [chunk.title, chunk.subTitle ?? '', chunk.article ?? '', ...chunk.headings].join(' ');
}

export interface LexicalIndexData {
  terms: string[];
  offsets: Int32Array;
  chunkIds: Int32Array;
  weights: Float32Array;
  size: number;
}

/**
 * BM25F over Turkish-normalised terms, as a compact inverted index: postings are typed arrays of chunk
 * ids with their precomputed BM25F weight, scores accumulate in one reused Float32Array, the top hits are
 * kept in a small sorted buffer. We first used wink-bm25-text-search; at 100,000 chunks it walked every
 * posting through object lookups and sorted every match (≈0.5 s a query, see docs/BENCHMARKS.md), so the
 * scorer is our own — same formula (BM25, k1 1.2, b 0.75, field weights), a few hundred times faster.
 */
export class LexicalIndex {
  private readonly termIds: Map<string, number>;
  private readonly scores: Float32Array;
  private readonly touched: Int32Array;

  private constructor(private readonly data: LexicalIndexData) {
    this.termIds = new Map(data.terms.map((t, i) => [t, i]));
    this.scores = new Float32Array(data.size);
    this.touched = new Int32Array(data.size);
  }

  get size(): number {
    return this.data.size;
  }

  static build(chunks: readonly IndexableChunk[]): LexicalIndex {
    const termIds = new Map<string, number>();
    const postingIds: number[][] = [];
    const postingTf: number[][] = [];
    const lengths = new Float64Array(chunks.length);

    chunks.forEach((chunk, i) => {
      const tf = new Map<number, number>();
      const add = (terms: readonly string[], weight: number) => {
        for (const term of terms) {
          let id = termIds.get(term);
          if (id === undefined) {
            id = postingIds.length;
            termIds.set(term, id);
            postingIds.push([]);
            postingTf.push([]);
          }
          tf.set(id, (tf.get(id) ?? 0) + weight);
          lengths[i]! += weight;
        }
      };
      const context = contextText(chunk);
      const body = indexTerms(chunk.text);
      const contextTerms = indexTerms(context);
      // Diacritic-free twins ("~ogret") and long-prefix terms ("+cumhurba") are secondary evidence.
      const secondary = (t: string) => t.startsWith('~') || t.startsWith('+');
      add(body.filter((t) => !secondary(t)), FIELD_WEIGHTS.body);
      add(contextTerms.filter((t) => !secondary(t)), FIELD_WEIGHTS.context);
      add([...body, ...contextTerms].filter(secondary), FIELD_WEIGHTS.ascii);
      for (const [id, weightedTf] of tf) {
        postingIds[id]!.push(i);
        postingTf[id]!.push(weightedTf);
      }
    });

    const n = chunks.length;
    const avgLength = n === 0 ? 1 : lengths.reduce((a, b) => a + b, 0) / n || 1;
    const terms = [...termIds.keys()];
    const offsets = new Int32Array(terms.length + 1);
    let total = 0;
    postingIds.forEach((ids, t) => {
      offsets[t] = total;
      total += ids.length;
    });
    offsets[terms.length] = total;
    const chunkIds = new Int32Array(total);
    const weights = new Float32Array(total);
    postingIds.forEach((ids, t) => {
      const df = ids.length;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      const base = offsets[t]!;
      ids.forEach((chunkIndex, j) => {
        const tf = postingTf[t]![j]!;
        const norm = K1 * (1 - B + (B * lengths[chunkIndex]!) / avgLength);
        chunkIds[base + j] = chunkIndex;
        weights[base + j] = (idf * tf * (K1 + 1)) / (tf + norm);
      });
    });
    return new LexicalIndex({ terms, offsets, chunkIds, weights, size: n });
  }

  /** On-disk form: the term list as JSON, the postings as one binary blob (loads in milliseconds). */
  serialize(): { termsJson: string; postings: Buffer } {
    const { offsets, chunkIds, weights, size, terms } = this.data;
    const header = new Int32Array([size, terms.length, chunkIds.length]);
    const parts = [header, offsets, chunkIds, weights].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength));
    return { termsJson: JSON.stringify(terms), postings: Buffer.concat(parts) };
  }

  static deserialize(termsJson: string, postings: Buffer): LexicalIndex {
    const terms = JSON.parse(termsJson) as string[];
    // Copy into an aligned buffer: typed arrays need 4-byte alignment.
    const bytes = new Uint8Array(postings.byteLength);
    bytes.set(postings);
    const header = new Int32Array(bytes.buffer, 0, 3);
    const [size, termCount, postingCount] = [header[0]!, header[1]!, header[2]!];
    let at = 12;
    const offsets = new Int32Array(bytes.buffer, at, termCount + 1);
    at += (termCount + 1) * 4;
    const chunkIds = new Int32Array(bytes.buffer, at, postingCount);
    at += postingCount * 4;
    const weights = new Float32Array(bytes.buffer, at, postingCount);
    return new LexicalIndex({ terms, offsets, chunkIds, weights, size });
  }

  /** In how many chunks a term occurs (any field). */
  documentFrequency(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.data.offsets[id + 1]! - this.data.offsets[id]!;
  }

  /** The chunks a term occurs in (any field), as chunk indexes: a read-only view of its postings. */
  chunksWith(term: string): Int32Array {
    const id = this.termIds.get(term);
    if (id === undefined) return new Int32Array(0);
    return this.data.chunkIds.subarray(this.data.offsets[id]!, this.data.offsets[id + 1]!);
  }

  /**
   * `terms` are index terms (stems and "~" twins); a repeated term counts that many times. `accept`, when
   * given, keeps only the chunks it returns true for (a channel's document scope) before the top `limit`.
   */
  search(terms: readonly string[], limit: number, accept?: (chunkIndex: number) => boolean): LexicalHit[] {
    const multiplicity = new Map<number, number>();
    for (const term of terms) {
      const id = this.termIds.get(term);
      if (id !== undefined) multiplicity.set(id, (multiplicity.get(id) ?? 0) + 1);
    }
    const { offsets, chunkIds, weights } = this.data;
    const scores = this.scores;
    let touchedCount = 0;
    for (const [id, times] of multiplicity) {
      for (let p = offsets[id]!, end = offsets[id + 1]!; p < end; p++) {
        const chunk = chunkIds[p]!;
        if (scores[chunk] === 0) this.touched[touchedCount++] = chunk;
        scores[chunk]! += times * weights[p]!;
      }
    }

    // Top `limit` by a small sorted buffer: cheaper than sorting every matching chunk.
    const top: LexicalHit[] = [];
    for (let i = 0; i < touchedCount; i++) {
      const chunkIndex = this.touched[i]!;
      const score = scores[chunkIndex]!;
      scores[chunkIndex] = 0;
      if (accept && !accept(chunkIndex)) continue;
      if (top.length === limit && score <= top[top.length - 1]!.score) continue;
      let at = top.length;
      while (at > 0 && top[at - 1]!.score < score) at--;
      top.splice(at, 0, { chunkIndex, score });
      if (top.length > limit) top.pop();
    }
    return top;
  }
}
