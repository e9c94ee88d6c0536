/**
 * Exact cosine top-k by brute force: the ground truth hnswlib's approximate search is measured against,
 * and its speed baseline. Vectors are normalised once into one Float32Array, so a query is a single
 * tight dot-product loop over contiguous memory.
 */
export class ExactCosineSearch {
  private constructor(
    private readonly matrix: Float32Array,
    readonly dimensions: number,
    readonly size: number,
  ) {}

  static build(vectors: readonly (readonly number[])[]): ExactCosineSearch {
    const dimensions = vectors[0]?.length ?? 0;
    const matrix = new Float32Array(vectors.length * dimensions);
    vectors.forEach((v, i) => {
      let norm = 0;
      for (const x of v) norm += x * x;
      norm = Math.sqrt(norm) || 1;
      const offset = i * dimensions;
      for (let d = 0; d < dimensions; d++) matrix[offset + d] = v[d]! / norm;
    });
    return new ExactCosineSearch(matrix, dimensions, vectors.length);
  }

  /** Cosine similarity of the query with vector i. */
  similarity(query: readonly number[], i: number): number {
    const { matrix, dimensions } = this;
    let dot = 0;
    let norm = 0;
    for (let d = 0; d < dimensions; d++) {
      dot += matrix[i * dimensions + d]! * query[d]!;
      norm += query[d]! * query[d]!;
    }
    return dot / (Math.sqrt(norm) || 1);
  }

  /** Indices of the k most similar vectors, most similar first (ties: lower index first). */
  search(query: readonly number[], k: number): number[] {
    const { matrix, dimensions, size } = this;
    const q = new Float32Array(dimensions);
    let norm = 0;
    for (const x of query) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dimensions; d++) q[d] = query[d]! / norm;

    // Bounded min-list of the best k so far, kept sorted descending (k is small: 10).
    const bestIndex = new Int32Array(k).fill(-1);
    const bestScore = new Float64Array(k).fill(Number.NEGATIVE_INFINITY);
    for (let i = 0, offset = 0; i < size; i++, offset += dimensions) {
      let dot = 0;
      for (let d = 0; d < dimensions; d++) dot += matrix[offset + d]! * q[d]!;
      if (dot <= bestScore[k - 1]!) continue;
      let j = k - 1;
      while (j > 0 && bestScore[j - 1]! < dot) {
        bestScore[j] = bestScore[j - 1]!;
        bestIndex[j] = bestIndex[j - 1]!;
        j--;
      }
      bestScore[j] = dot;
      bestIndex[j] = i;
    }
    return Array.from(bestIndex).filter((i) => i >= 0);
  }
}

/**
 * Recall@k as ann-benchmarks counts it: a returned neighbour is right when it is no farther than the true
 * k-th neighbour (+ epsilon), so swapping two equally near vectors (duplicated chunks, exact ties) is not
 * an error. `kthSimilarity` is the exact k-th best similarity.
 */
export function recallWithTies(kthSimilarity: number, approximateSimilarities: readonly number[], k: number, epsilon = 1e-3): number {
  let hits = 0;
  for (const s of approximateSimilarities.slice(0, k)) if (s >= kthSimilarity - epsilon) hits++;
  return Math.min(1, hits / k);
}

/** Share of the exact top-k found by the approximate search (recall@k). */
export function recallAtK(exact: readonly number[], approximate: readonly number[]): number {
  if (exact.length === 0) return 1;
  const found = new Set(approximate);
  let hits = 0;
  for (const i of exact) if (found.has(i)) hits++;
  return hits / exact.length;
}
