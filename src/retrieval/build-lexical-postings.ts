import type { Chunk } from '../ingest/types.js';
import { indexTerms, tokenizeRaw } from '../text/index.js';

export type IndexableChunk = Pick<Chunk, 'text' | 'title' | 'subTitle' | 'headings' | 'article'>;

/**
 * BM25F field weights: the chunk body counts fully, its context (title, headings, article label) at half,
 * and the diacritic-free twin terms ("~ogret") at a third, so an exact Turkish spelling outranks a
 * typed-without-diacritics match while the latter still finds the passage.
 */
export const FIELD_WEIGHTS = { body: 1, context: 0.5, ascii: 0.35 } as const;
export const K1 = 1.2;
export const B = 0.75;

/** What the context field holds for a chunk: where it sits, not what it says. */
export function contextText(chunk: IndexableChunk): string {
  return [chunk.title, chunk.subTitle ?? '', chunk.article ?? '', ...chunk.headings].join(' ');
}

/** `FIELD_WEIGHTS.ascii` added k times, as a running sum (the rounding of k × 0.35 can differ). */
const asciiSums: number[] = [0];
function repeatedAscii(k: number): number {
  while (asciiSums.length <= k) asciiSums.push(asciiSums.at(-1)! + FIELD_WEIGHTS.ascii);
  return asciiSums[k]!;
}

/** A term that is secondary evidence: a diacritic-free twin ("~ogret") or a long-word prefix ("+cumhurba"). */
const isSecondary = (term: string) => term.startsWith('~') || term.startsWith('+');

/**
 * Term ids, and each distinct word's index terms as ids (empty for stopwords): a primary term (the stem) as
 * its id, a secondary one as `~id` (negative), so one array carries both and its order.
 */
class TermTable {
  readonly list: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly words = new Map<string, Int32Array>();

  get size(): number {
    return this.list.length;
  }

  private idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(term, id);
      this.list.push(term);
    }
    return id;
  }

  /** `indexTerms` of one word, as term ids: primaries as ids, secondaries as `~id`. */
  ofWord(word: string): Int32Array {
    let ids = this.words.get(word);
    if (!ids) {
      ids = Int32Array.from(indexTerms(word), (term) => (isSecondary(term) ? ~this.idOf(term) : this.idOf(term)));
      this.words.set(word, ids);
    }
    return ids;
  }
}

/** Growable (term id, weighted tf) pairs. */
class PostingBuffer {
  ids = new Int32Array(1 << 16);
  tfs = new Float64Array(1 << 16);
  length = 0;

  push(id: number, tf: number): void {
    if (this.length === this.ids.length) {
      const ids = new Int32Array(this.ids.length * 2);
      ids.set(this.ids);
      const tfs = new Float64Array(this.tfs.length * 2);
      tfs.set(this.tfs);
      this.ids = ids;
      this.tfs = tfs;
    }
    this.ids[this.length] = id;
    this.tfs[this.length++] = tf;
  }
}

/** Postings as built: per term, its chunks (in chunk order) and their precomputed BM25F weights. */
export interface LexicalPostings {
  terms: string[];
  /** Term t's postings are [offsets[t], offsets[t + 1]). */
  offsets: Int32Array;
  chunkIds: Int32Array;
  weights: Float32Array;
  size: number;
}

/**
 * One pass over the chunks, added in order: each distinct word's index terms are worked out once (an index
 * of 3 MB of laws holds ~400,000 words but ~30,000 distinct ones), each distinct context (title, headings,
 * article) once, and postings gather in flat typed arrays instead of one JS array per term. The BM25F sums
 * are made in the same order as the plain per-term formula (a test compares the two on real text). A
 * caller that has tokenised a chunk's text already (for the embedding) passes the tokens in.
 */
export class LexicalPostingsBuilder {
  private readonly terms = new TermTable();
  private readonly forward = new PostingBuffer();
  private readonly contexts = new Map<string, Int32Array>();
  private lengths = new Float64Array(1024);
  private chunkEnds = new Int32Array(1024);
  private n = 0;
  // Per chunk: body and context occurrences of each stem, occurrences of each secondary term; reset after each.
  private body = new Float64Array(1024);
  private context = new Float64Array(1024);
  private secondary = new Float64Array(1024);
  private readonly seen: number[] = [];

  private note(id: number): void {
    if (id >= this.body.length) {
      const grow = (a: Float64Array) => {
        const b = new Float64Array(Math.max(id + 1, a.length * 2));
        b.set(a);
        return b;
      };
      this.body = grow(this.body);
      this.context = grow(this.context);
      this.secondary = grow(this.secondary);
    }
    if (this.body[id] === 0 && this.context[id] === 0 && this.secondary[id] === 0) this.seen.push(id);
  }

  /** A word's index terms as ids (primaries as ids, secondaries as `~id`; empty for a stopword), worked out once per word. */
  termIdsOf(word: string): Int32Array {
    return this.terms.ofWord(word);
  }

  /**
   * Adds the next chunk. `bodyTerms`, when given, must be `termIdsOf` of each token of `tokenizeRaw(chunk.text)`,
   * in order (ingest looks each word up once for BM25 and the embedding together).
   */
  add(chunk: IndexableChunk, bodyTerms?: Iterable<Int32Array>): void {
    const { terms, seen } = this;
    let stems = 0;
    let contextStems = 0;
    let secondaryCount = 0;
    for (const ids of bodyTerms ?? tokenizeRaw(chunk.text).map((word) => terms.ofWord(word))) {
      for (const v of ids) {
        if (v >= 0) {
          this.note(v);
          this.body[v]!++;
          stems++;
        } else {
          this.note(~v);
          this.secondary[~v]!++;
          secondaryCount++;
        }
      }
    }
    const contextKey = contextText(chunk);
    let contextIds = this.contexts.get(contextKey);
    if (!contextIds) {
      contextIds = Int32Array.from(tokenizeRaw(contextKey).flatMap((word) => [...terms.ofWord(word)]));
      this.contexts.set(contextKey, contextIds);
    }
    for (const v of contextIds) {
      if (v >= 0) {
        this.note(v);
        this.context[v]!++;
        contextStems++;
      } else {
        this.note(~v);
        this.secondary[~v]!++;
        secondaryCount++;
      }
    }
    // As the per-term formula adds them: each stem 1 (body) or ½ (context), then each secondary term ⅓-ish, one by one.
    let length = stems * FIELD_WEIGHTS.body + contextStems * FIELD_WEIGHTS.context;
    for (let k = 0; k < secondaryCount; k++) length += FIELD_WEIGHTS.ascii;
    if (this.n === this.lengths.length) {
      const lengths = new Float64Array(this.n * 2);
      lengths.set(this.lengths);
      this.lengths = lengths;
      const ends = new Int32Array(this.n * 2);
      ends.set(this.chunkEnds);
      this.chunkEnds = ends;
    }
    this.lengths[this.n] = length;
    for (const id of seen) {
      const tf = this.body[id]! * FIELD_WEIGHTS.body + this.context[id]! * FIELD_WEIGHTS.context + repeatedAscii(this.secondary[id]!);
      this.forward.push(id, tf);
      this.body[id] = 0;
      this.context[id] = 0;
      this.secondary[id] = 0;
    }
    seen.length = 0;
    this.chunkEnds[this.n++] = this.forward.length;
  }

  /** Inverts: counts postings per term, lays the lists out, fills them chunk by chunk (each list in chunk order). */
  finish(): LexicalPostings {
    const { terms, forward, n } = this;
    const lengths = this.lengths.subarray(0, n);
    const termCount = terms.size;
    const avgLength = n === 0 ? 1 : lengths.reduce((a, b) => a + b, 0) / n || 1;
    const offsets = new Int32Array(termCount + 1);
    for (let p = 0; p < forward.length; p++) offsets[forward.ids[p]! + 1]!++;
    for (let t = 0; t < termCount; t++) offsets[t + 1]! += offsets[t]!;
    const fill = offsets.slice(0, termCount);
    const chunkIds = new Int32Array(forward.length);
    const weights = new Float32Array(forward.length);
    const idf = new Float64Array(termCount);
    for (let t = 0; t < termCount; t++) {
      const df = offsets[t + 1]! - offsets[t]!;
      idf[t] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }
    for (let i = 0, p = 0; i < n; i++) {
      const norm = K1 * (1 - B + (B * lengths[i]!) / avgLength);
      for (; p < this.chunkEnds[i]!; p++) {
        const t = forward.ids[p]!;
        const tf = forward.tfs[p]!;
        const at = fill[t]!++;
        chunkIds[at] = i;
        weights[at] = (idf[t]! * tf * (K1 + 1)) / (tf + norm);
      }
    }
    return { terms: terms.list, offsets, chunkIds, weights, size: n };
  }
}

export function buildLexicalPostings(chunks: readonly IndexableChunk[]): LexicalPostings {
  const builder = new LexicalPostingsBuilder();
  for (const chunk of chunks) builder.add(chunk);
  return builder.finish();
}
