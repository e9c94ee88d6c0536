import fs from 'node:fs/promises';
import path from 'node:path';
import hnswlib from 'hnswlib-node';
import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { SynchronousInMemoryDocstore } from '@langchain/community/stores/doc/in_memory';
import { Document } from '@langchain/core/documents';
import type { Embeddings } from '@langchain/core/embeddings';

export interface VectorHit {
  chunkIndex: number;
  /** Cosine similarity in [-1, 1]. */
  similarity: number;
}

/**
 * Search-time beam width of the graph. With the build settings below it gives recall@10 0.971 against exact
 * search at 100,000 synthetic chunks (ef 500: 0.962; efConstruction 200 stays at 0.964 even at ef 700):
 * the sweep in docs/BENCHMARKS.md.
 */
export const DEFAULT_EF_SEARCH = 600;
/** Graph build settings (hnswlib's M and efConstruction); see DEFAULT_EF_SEARCH. */
export const DEFAULT_GRAPH = { m: 32, efConstruction: 400 } as const;
/**
 * Up to this many vectors, search is exact: hnswlib's brute-force index (C++, SIMD) scans them faster than
 * the graph's beam at ef 500 visits its neighbours, with recall 1, and costs nothing to build — the graph
 * takes ~0.5 ms a vector to build, which was most of a small corpus's ingest (docs/BENCHMARKS.md).
 */
export const EXACT_SEARCH_MAX = 20_000;

export type VectorIndexKind = 'hnsw' | 'exact';

interface SavedArgs {
  kind: VectorIndexKind;
  space: 'cosine';
  numDimensions: number;
}

/**
 * Chunk indices stand in for LangChain documents: a label is the chunk's index, so the store needs no
 * docstore of its own (the chunks live once, in the chunk store) and nothing is parsed for it at load.
 */
class LabelDocstore extends SynchronousInMemoryDocstore {
  override search(id: string): Document {
    return new Document({ pageContent: '', metadata: { i: Number(id) } });
  }
}

/** Vectors as one Float32Array, row after row (what vectors.f32 holds; a tenth of the memory of number[][]). */
export class VectorMatrix {
  constructor(
    readonly data: Float32Array,
    readonly dimensions: number,
  ) {}

  static fromRows(rows: readonly (readonly number[])[]): VectorMatrix {
    const dimensions = rows[0]?.length ?? 0;
    const data = new Float32Array(rows.length * dimensions);
    rows.forEach((row, i) => data.set(row, i * dimensions));
    return new VectorMatrix(data, dimensions);
  }

  get count(): number {
    return this.dimensions === 0 ? 0 : this.data.length / this.dimensions;
  }

  /** Row i as the plain array hnswlib-node takes. */
  row(i: number): number[] {
    return Array.from(this.data.subarray(i * this.dimensions, (i + 1) * this.dimensions));
  }
}

/**
 * hnswlib's BruteforceSearch file (bruteforce.h `saveIndex`): max elements, bytes per element and element
 * count as size_t, then per element its vector (float32) and label (uint64). In cosine space hnswlib-node
 * stores each vector divided by its norm, computed in float as its `normalizePoint` does; float32
 * arithmetic is reproduced exactly with Math.fround (double rounding is harmless for +, ×, ÷ and √).
 */
function bruteForceFile(vectors: VectorMatrix): Uint8Array {
  const dims = vectors.dimensions || 1;
  const count = vectors.count;
  const slots = Math.max(count, 1);
  const perElement = dims * 4 + 8;
  const bytes = new Uint8Array(24 + slots * perElement);
  const view = new DataView(bytes.buffer);
  view.setBigUint64(0, BigInt(slots), true);
  view.setBigUint64(8, BigInt(perElement), true);
  view.setBigUint64(16, BigInt(count), true);
  const f = Math.fround;
  for (let i = 0; i < count; i++) {
    const at = 24 + i * perElement;
    const row = vectors.data.subarray(i * dims, (i + 1) * dims);
    let sum = 0;
    for (let d = 0; d < dims; d++) sum = f(sum + f(row[d]! * row[d]!));
    const norm = f(Math.sqrt(Math.abs(sum)));
    for (let d = 0; d < dims; d++) view.setFloat32(at + d * 4, norm > 0 ? f(row[d]! / norm) : row[d]!, true);
    view.setBigUint64(at + dims * 4, BigInt(i), true);
  }
  return bytes;
}

interface Searcher {
  getCurrentCount(): number;
  searchKnn(query: number[], k: number, filter?: (label: number) => boolean): { neighbors: number[]; distances: number[] };
}

interface Loaded {
  searcher: Searcher;
  /** The LangChain store around the graph (null for exact search). */
  store: HNSWLib | null;
}

/** Thrown by a search of an index whose build has no vector files (ingest leaves them out when nothing searches them). */
export class VectorIndexMissingError extends Error {
  constructor(readonly directory: string) {
    super(`Vektör dizini yok (${directory}): bu dizin yoğun arama için oluşturulmamış. Gömme modelini ayarlayıp "npm run ingest" çalıştırın.`);
  }
}

/**
 * Dense search over the chunk vectors: hnswlib's HNSW graph through LangChain's HNSWLib store for large
 * indexes, hnswlib's exact brute-force index for small ones (EXACT_SEARCH_MAX). An index opened with
 * `deferred` reads its files on the first search only: with the offline embedder the dense vote is 0 and
 * nothing ever searches it (at 100,000 chunks the graph is 124 MB and most of a second to read).
 */
export class VectorIndex {
  private loading: Promise<Loaded> | null = null;

  private constructor(
    readonly kind: VectorIndexKind | 'none',
    private loaded: Loaded | null,
    private readonly dimensions: number,
    private readonly loader: (() => Promise<Loaded>) | null = null,
    private readonly knownCount = 0,
    private ef = DEFAULT_EF_SEARCH,
  ) {}

  static async build(
    vectors: readonly (readonly number[])[] | VectorMatrix,
    embeddings: Embeddings,
    options: { efConstruction?: number; m?: number; kind?: VectorIndexKind } = {},
  ): Promise<VectorIndex> {
    const matrix = vectors instanceof VectorMatrix ? vectors : null;
    const count = matrix ? matrix.count : (vectors as readonly number[][]).length;
    const dimensions = (matrix ? matrix.dimensions : (vectors as readonly number[][])[0]?.length) || 1;
    const row = (i: number) => (matrix ? matrix.row(i) : (vectors as number[][])[i]!);
    const explicitGraph = options.m !== undefined || options.efConstruction !== undefined;
    const kind = options.kind ?? (explicitGraph || count > EXACT_SEARCH_MAX ? 'hnsw' : 'exact');
    if (kind === 'exact') {
      const index = new hnswlib.BruteforceSearch('cosine', dimensions);
      index.initIndex(Math.max(count, 1));
      for (let i = 0; i < count; i++) index.addPoint(row(i), i);
      return new VectorIndex('exact', { searcher: index, store: null }, dimensions);
    }
    const index = new hnswlib.HierarchicalNSW('cosine', dimensions);
    index.initIndex(Math.max(count, 1), options.m ?? DEFAULT_GRAPH.m, options.efConstruction ?? DEFAULT_GRAPH.efConstruction, 100);
    // HNSWLib.addVectors re-initialises an empty index with its own defaults (M 16), dropping ours: the
    // points go in directly and the store wraps the finished index.
    for (let i = 0; i < count; i++) index.addPoint(row(i), i);
    index.setEf(DEFAULT_EF_SEARCH);
    return VectorIndex.wrapGraph(index, embeddings, dimensions);
  }

  private static wrapGraph(index: hnswlib.HierarchicalNSW, embeddings: Embeddings, dimensions: number): VectorIndex {
    return new VectorIndex('hnsw', VectorIndex.graphStore(index, embeddings, dimensions), dimensions);
  }

  private static graphStore(index: hnswlib.HierarchicalNSW, embeddings: Embeddings, dimensions: number): Loaded {
    const store = new HNSWLib(embeddings, { space: 'cosine', numDimensions: dimensions, index, docstore: new LabelDocstore() });
    return { searcher: index, store };
  }

  /**
   * What ingest calls: the index for these vectors written to `directory`. Up to EXACT_SEARCH_MAX vectors
   * the brute-force index's file is written straight from the Float32Array (what `addPoint` + `writeIndex`
   * would write, byte for byte: a test compares them), sparing a JS-to-native copy of every vector.
   */
  static async write(vectors: VectorMatrix, embeddings: Embeddings, directory: string): Promise<VectorIndexKind> {
    if (vectors.count > EXACT_SEARCH_MAX) {
      await (await VectorIndex.build(vectors, embeddings, { kind: 'hnsw' })).save(directory);
      return 'hnsw';
    }
    await fs.mkdir(directory, { recursive: true });
    const args: SavedArgs = { kind: 'exact', space: 'cosine', numDimensions: vectors.dimensions || 1 };
    await fs.writeFile(path.join(directory, 'args.json'), JSON.stringify(args));
    await fs.writeFile(path.join(directory, 'bruteforce.index'), bruteForceFile(vectors));
    return 'exact';
  }

  static async load(directory: string, embeddings: Embeddings): Promise<VectorIndex> {
    const index = await VectorIndex.deferred(directory, embeddings);
    await index.ready();
    return index;
  }

  /**
   * The index in `directory`, its files read on the first search (or `ready`). Reads only args.json and
   * the element count in the index file's header (hnswlib writes it at byte 16 in both kinds). A build
   * without vector files opens as kind "none", whose search throws VectorIndexMissingError.
   */
  static async deferred(directory: string, embeddings: Embeddings): Promise<VectorIndex> {
    let args: SavedArgs;
    try {
      args = JSON.parse(await fs.readFile(path.join(directory, 'args.json'), 'utf8')) as SavedArgs;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      return new VectorIndex('none', null, 0, () => Promise.reject(new VectorIndexMissingError(directory)));
    }
    const file = path.join(directory, args.kind === 'exact' ? 'bruteforce.index' : 'hnswlib.index');
    const count = await readElementCount(file);
    const loader = async (): Promise<Loaded> => {
      if (args.kind === 'exact') {
        const index = new hnswlib.BruteforceSearch('cosine', args.numDimensions);
        await index.readIndex(file);
        return { searcher: index, store: null };
      }
      const index = new hnswlib.HierarchicalNSW('cosine', args.numDimensions);
      await index.readIndex(file);
      return VectorIndex.graphStore(index, embeddings, args.numDimensions);
    };
    return new VectorIndex(args.kind, null, args.numDimensions, loader, count);
  }

  /** Reads the index files now, if not yet read (a configured embedder searches every question). */
  async ready(): Promise<void> {
    if (this.loaded) return;
    this.loading ??= this.loader!().then((loaded) => {
      this.loaded = loaded;
      this.setEf(this.ef);
      return loaded;
    });
    try {
      await this.loading;
    } catch (error) {
      this.loading = null;
      throw error;
    }
  }

  /** Whether the index files have been read (diagnostics: serving with the offline embedder never reads them). */
  get isLoaded(): boolean {
    return this.loaded !== null;
  }

  async save(directory: string): Promise<void> {
    await this.ready();
    if (this.kind === 'none') throw new Error('VectorIndex.save: no vectors to save');
    await fs.mkdir(directory, { recursive: true });
    const args: SavedArgs = { kind: this.kind, space: 'cosine', numDimensions: this.dimensions };
    await fs.writeFile(path.join(directory, 'args.json'), JSON.stringify(args));
    const index = this.loaded!.searcher as hnswlib.HierarchicalNSW | hnswlib.BruteforceSearch;
    await index.writeIndex(path.join(directory, this.kind === 'exact' ? 'bruteforce.index' : 'hnswlib.index'));
  }

  get size(): number {
    return this.loaded ? this.loaded.searcher.getCurrentCount() : this.knownCount;
  }

  /** Beam width of the graph search (no effect on exact search). */
  setEf(ef: number): void {
    this.ef = ef;
    if (this.loaded?.store) this.loaded.store.index.setEf(ef);
  }

  /** `accept`, when given, filters inside the graph walk (hnswlib's label filter), so `limit` hits still come back. */
  async search(queryVector: number[], limit: number, accept?: (chunkIndex: number) => boolean): Promise<VectorHit[]> {
    await this.ready();
    const { searcher, store } = this.loaded!;
    const k = Math.min(limit, this.size);
    if (k === 0) return [];
    // hnswlib returns cosine distance (1 - similarity): smaller is closer.
    if (!store) {
      const { neighbors, distances } = searcher.searchKnn(queryVector, k, accept);
      return neighbors.map((label, i) => ({ chunkIndex: label, similarity: 1 - distances[i]! })).sort((a, b) => b.similarity - a.similarity);
    }
    const filter = accept ? (doc: Document) => accept(Number(doc.metadata.i)) : undefined;
    const results = await store.similaritySearchVectorWithScore(queryVector, k, filter);
    return results.map(([doc, distance]) => ({ chunkIndex: Number(doc.metadata.i), similarity: 1 - distance }));
  }
}

/** Element count of an hnswlib index file: the third size_t of its header, in both kinds. */
async function readElementCount(file: string): Promise<number> {
  const handle = await fs.open(file, 'r');
  try {
    const header = Buffer.alloc(24);
    const { bytesRead } = await handle.read(header, 0, 24, 0);
    return bytesRead === 24 ? Number(header.readBigUInt64LE(16)) : 0;
  } finally {
    await handle.close();
  }
}
