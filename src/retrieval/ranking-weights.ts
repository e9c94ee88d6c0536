import type { Embeddings } from '@langchain/core/embeddings';
import { LocalHashEmbeddings } from './local-hash-embeddings.js';

/**
 * Every constant that orders passages, in one place, each with why it has its value. Figures are from
 * `npx tsx scripts/measure-retrieval.ts` (first hit from the expected file and article, the peer
 * benchmark's rule, over the answerable questions of both sets: shipped 89, dev 76) and `npm run eval`.
 */
export interface RankingWeights {
  /** Reciprocal rank fusion constant (Cormack et al. 2009): damps the head so neither list dominates. */
  rrfK: number;
  /** Vote of the BM25F list in the fusion. */
  lexical: number;
  /**
   * Vote of the dense list. With the offline hash-feature embedder the vectors only restate the lexical
   * evidence, worse: fused at 0.6 they cost the dev set first hits (see `denseForEmbedder`).
   */
  dense: number;
  /** A passage of a document the question names, by title words, alias, initialism or law number. */
  namedDocument: number;
  /** A passage carrying the article the question asks for ("5. maddesi"). */
  namedArticle: number;
  /** How much the share of the question's words found in a prose passage's own headings counts. */
  heading: number;
  /**
   * 1: the dense list may bring in passages BM25F did not find; 0: it only reorders BM25F's candidates
   * (a real embedder finds paraphrases BM25F misses; hash features mostly find noise).
   */
  denseNewCandidates: number;
  /** How often the question's own terms count against synonym/English expansions (1 = equally). */
  ownTermRepeat: number;
  /**
   * How much holding all of the question's consecutive word pairs side by side raises a passage. Measured
   * (answers shipped · dev · dev2, false refusals shipped; first hits by the peer rule shipped · dev): 0 →
   * 84.2 · 75.6 · 60.6 % (3), 76.8 · 65.8 %; 0.3 → 84.2 · 75.6 · 60.6 % (2), 76.8 · 65.8 %, dev recall@8
   * 82.9 → 86.8 %; 0.6 and 1 → 85.1 · 73.3 · 57.6–60.6 % (1): 0.6 and up cost dev answers.
   */
  phrase: number;
  /**
   * How much naming an article's caption raises its opening passage (by the square of `captionMatch`).
   * Measured (answers shipped · dev · dev2 · scale; first citation dev · dev2 · scale): 0 → 84.2 · 78.9 ·
   * 69.7 · 65.0 %, 71.1 · 70.4 · 56.2 %; 2 → 84.2 · 81.1 · 75.8 · 67.5 %, 73.7 · 77.8 · 62.5 %, no more
   * false refusals; held-out questions over the dev and scale laws 60.0 → 63.3 % and 54.0 → 60.0 %. Weights
   * 1 and 3 did less on dev; every paragraph of the article boosted, not only its opening one, cost dev
   * answers (75.6 % at 1, three more false refusals); the caption's share alone, undamped by the share of
   * the question it covers, lifted "Ödeme emri" articles above the one a long story asked about.
   */
  caption: number;
}

export const RANKING_WEIGHTS: RankingWeights = {
  rrfK: 60,
  lexical: 1,
  dense: 0.6,
  namedDocument: 2,
  namedArticle: 2.5,
  heading: 1,
  ownTermRepeat: 2,
  denseNewCandidates: 1,
  phrase: 0.3,
  caption: 2,
};

/**
 * The dense vote for an embedder: a real embedding model (OpenAI, Ollama) is worth its default weight;
 * the local hash embedder is not, on measurement.
 */
export function denseForEmbedder(embedderId: string, weights: RankingWeights = RANKING_WEIGHTS): number {
  return embedderId.startsWith('local-hash') ? LOCAL_HASH_DENSE : weights.dense;
}

/**
 * Dense vote when the vectors are the offline hash features: none. Measured on the answerable questions
 * (hit@1 / recall@8, shipped · dev): BM25F alone 74.4 / 97.6 · 57.9 / 89.5; fused at 0.6 67.1 / 95.1 ·
 * 51.3 / 78.9; at 0.15 73.2 / 97.6 · 60.5 / 84.2; hash vectors alone 47.6 / 73.2 · 32.9 / 61.8. Hash
 * features restate the lexical evidence with collisions, so any weight costs recall on one set; the
 * dense search is then skipped altogether (hnswlib stays for configured embedders).
 */
export const LOCAL_HASH_DENSE = 0;

/**
 * The dense vote hybrid search gives the vectors of this embedder: what decides, at ingest, whether the
 * vector files are worth building at all (with a vote of 0 the dense search is never run).
 */
export function denseWeightOf(embeddings: Embeddings, weights: RankingWeights = RANKING_WEIGHTS): number {
  return embeddings instanceof LocalHashEmbeddings ? denseForEmbedder('local-hash', weights) : weights.dense;
}
