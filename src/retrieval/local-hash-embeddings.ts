import { Embeddings } from '@langchain/core/embeddings';
import { stemTurkish, stripTurkishDiacritics, tokenizeRaw, isStopword } from '../text/index.js';

export const LOCAL_EMBEDDING_DIMENSIONS = 256;
/** About 10 MB of cached word features at most. */
const MAX_CACHED_WORDS = 200_000;

/** FNV-1a: fast, deterministic, good enough spread for feature hashing. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Offline embedder: Turkish-aware hashed features projected to a dense vector (the "hashing trick").
 * Features are the 5-letter stems (meaning-bearing part of a Turkish word), the diacritic-free stem (so
 * "ogretmen" lands near "öğretmen"), and character trigrams of the stem (robust to inflection the
 * prefix misses, e.g. consonant softening "kitap"/"kitabı"). A sign bit from the hash keeps the
 * projection unbiased. Deterministic: the same text always gives the same vector, nothing downloaded.
 */
export class LocalHashEmbeddings extends Embeddings {
  readonly id = `local-hash-v1-${LOCAL_EMBEDDING_DIMENSIONS}`;

  constructor(private readonly dimensions = LOCAL_EMBEDDING_DIMENSIONS) {
    super({});
  }

  embedText(text: string): number[] {
    return this.embedTokens(tokenizeRaw(text));
  }

  /** `embedText` of a text whose `tokenizeRaw` tokens the caller has already. */
  embedTokens(tokens: Iterable<string>): number[] {
    return this.embedFeatures(Array.from(tokens, (word) => this.featuresOf(word)));
  }

  /**
   * `embedText` from `featuresOf` of each token, in order: ingest looks each word up once for BM25 and the
   * embedding together.
   */
  embedFeatures(perToken: Iterable<Float64Array>): number[] {
    const vector = new Float64Array(this.dimensions);
    for (const features of perToken) {
      for (let k = 0; k < features.length; k += 2) vector[features[k]! | 0]! += features[k + 1]!;
    }
    let norm = 0;
    for (const v of vector) norm += v * v;
    norm = Math.sqrt(norm) || 1;
    return Array.from(vector, (v) => v / norm);
  }

  // A word always adds the same features: an index build embeds ~400,000 words of 3 MB of laws but only
  // ~30,000 distinct ones, so each word's features are worked out once (bounded, cleared when full).
  private readonly wordFeatures = new Map<string, Float64Array>();

  /** What one folded word adds to a vector: (dimension, signed weight) pairs, in the order they are added. */
  featuresOf(word: string): Float64Array {
    let features = this.wordFeatures.get(word);
    if (features) return features;
    const pairs: number[] = [];
    const add = (feature: string, weight: number) => {
      const h = hash32(feature);
      const sign = h & 0x80000000 ? -1 : 1;
      pairs.push(h % this.dimensions, sign * weight);
    };
    if (!isStopword(word)) {
      const stem = stripTurkishDiacritics(stemTurkish(word));
      add(`s:${stem}`, 1);
      if (!/^\d/.test(stem)) {
        const padded = `^${stem}$`;
        for (let i = 0; i + 3 <= padded.length; i++) add(`g:${padded.slice(i, i + 3)}`, 0.35);
      }
    }
    features = Float64Array.from(pairs);
    if (this.wordFeatures.size >= MAX_CACHED_WORDS) this.wordFeatures.clear();
    this.wordFeatures.set(word, features);
    return features;
  }

  override async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => this.embedText(t));
  }

  override async embedQuery(text: string): Promise<number[]> {
    return this.embedText(text);
  }
}
