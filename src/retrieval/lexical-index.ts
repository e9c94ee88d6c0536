import { decodeStrings, encodeStrings, IndexFileError, readSections, section, writeSections } from './binary-sections.js';
import { buildLexicalPostings, type IndexableChunk, type LexicalPostings } from './build-lexical-postings.js';
import { FilePostings, MemoryPostings, type PostingLists } from './posting-lists.js';

export { contextText } from './build-lexical-postings.js';

export interface LexicalHit {
  chunkIndex: number;
  score: number;
}

const LEXICAL_MAGIC = 'KLEXv002';

export interface LexicalIndexData {
  terms: string[];
  /** Term t's postings are [offsets[t], offsets[t + 1]). */
  offsets: Int32Array;
  postings: PostingLists;
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
    return LexicalIndex.fromPostings(buildLexicalPostings(chunks));
  }

  /** From a LexicalPostingsBuilder's result (ingest builds postings while it embeds). */
  static fromPostings(built: LexicalPostings): LexicalIndex {
    return new LexicalIndex({ terms: built.terms, offsets: built.offsets, postings: new MemoryPostings(built.chunkIds, built.weights), size: built.size });
  }

  /** On-disk form: terms and offsets as typed-array sections, postings as one block per term. */
  async save(file: string): Promise<number> {
    const { offsets, postings, size, terms } = this.data;
    const blocks = postings instanceof MemoryPostings ? postings.toBlocks(offsets) : null;
    if (!blocks) throw new Error('LexicalIndex.save: only a built index is saved');
    const { blob, ends } = encodeStrings(terms);
    return writeSections(file, LEXICAL_MAGIC, { size }, { offsets, termChars: blob, termEnds: ends, postingBlocks: blocks });
  }

  /** Opens a saved index: terms and offsets in memory, postings read from the file per query term. */
  static async load(file: string): Promise<LexicalIndex> {
    const { meta, sections, lazy } = await readSections<{ size: number }>(file, LEXICAL_MAGIC, ['postingBlocks']);
    const blocks = lazy.get('postingBlocks');
    if (!blocks) throw new IndexFileError(file, '"postingBlocks" bölümü yok');
    const terms = decodeStrings(section(sections, 'termChars', Uint16Array, file), section(sections, 'termEnds', Uint32Array, file));
    return new LexicalIndex({ terms, offsets: section(sections, 'offsets', Int32Array, file), postings: new FilePostings(file, blocks.byteOffset), size: meta.size });
  }

  /** Bytes the index holds in memory: offsets, terms and its id map, postings when not left on disk. */
  get residentBytes(): number {
    const { offsets, postings, terms } = this.data;
    return offsets.byteLength + postings.residentBytes + this.scores.byteLength + this.touched.byteLength + terms.reduce((sum, t) => sum + 2 * t.length + 40, 0);
  }

  get termCount(): number {
    return this.data.terms.length;
  }

  /** A term's postings as [chunk index, BM25F weight] pairs, in chunk order (tests and diagnostics). */
  postingsOf(term: string): [number, number][] {
    const id = this.termIds.get(term);
    if (id === undefined) return [];
    const { ids, weights, length } = this.data.postings.read(id, this.data.offsets[id]!, this.data.offsets[id + 1]!);
    return Array.from({ length }, (_, k) => [ids[k]!, weights[k]!] as [number, number]);
  }

  /** In how many chunks a term occurs (any field). */
  documentFrequency(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.data.offsets[id + 1]! - this.data.offsets[id]!;
  }

  /** The chunks a term occurs in (any field), as chunk indexes in chunk order (a copy: postings are read from disk). */
  chunksWith(term: string): Int32Array {
    const id = this.termIds.get(term);
    if (id === undefined) return new Int32Array(0);
    const { ids, length } = this.data.postings.read(id, this.data.offsets[id]!, this.data.offsets[id + 1]!);
    return ids.slice(0, length);
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
    const { offsets, postings } = this.data;
    const scores = this.scores;
    let touchedCount = 0;
    for (const [id, times] of multiplicity) {
      const { ids, weights, length } = postings.read(id, offsets[id]!, offsets[id + 1]!);
      for (let p = 0; p < length; p++) {
        const chunk = ids[p]!;
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
