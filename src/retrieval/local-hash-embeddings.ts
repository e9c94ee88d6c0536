import { Embeddings } from '@langchain/core/embeddings';
import { stemTurkish, stripTurkishDiacritics, tokenizeRaw, isStopword } from '../text/index.js';

export const LOCAL_EMBEDDING_DIMENSIONS = 256;

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
    const vector = new Float64Array(this.dimensions);
    const add = (feature: string, weight: number) => {
      const h = hash32(feature);
      const sign = h & 0x80000000 ? -1 : 1;
      vector[h % this.dimensions]! += sign * weight;
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

  override async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => this.embedText(t));
  }

  override async embedQuery(text: string): Promise<number[]> {
    return this.embedText(text);
  }
}
