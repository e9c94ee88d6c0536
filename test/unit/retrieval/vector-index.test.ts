import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalHashEmbeddings } from '../../../src/retrieval/local-hash-embeddings.js';
import { VectorIndex, VectorIndexMissingError, VectorMatrix } from '../../../src/retrieval/vector-index.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await fs.rm(d, { recursive: true, force: true });
});
const tempDir = async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vector-index-'));
  dirs.push(dir);
  return dir;
};

const embeddings = new LocalHashEmbeddings();
const texts = Array.from({ length: 300 }, (_, i) => `Madde ${i} – sözleşmeli personelin yıllık izni ${i % 17} gün, hastalık izni ${i % 5} hafta; öğretmen ${i % 11}.`);
const vectors = VectorMatrix.fromRows(texts.map((t) => embeddings.embedText(t)));

describe('VectorIndex › exact index written straight from the vectors', () => {
  it('is byte for byte what hnswlib writes after addPoint', async () => {
    const [direct, built] = [await tempDir(), await tempDir()];
    expect(await VectorIndex.write(vectors, embeddings, direct)).toBe('exact');
    await (await VectorIndex.build(vectors, embeddings, { kind: 'exact' })).save(built);
    expect(Buffer.compare(await fs.readFile(path.join(direct, 'bruteforce.index')), await fs.readFile(path.join(built, 'bruteforce.index')))).toBe(0);
  });

  it('finds the same neighbours as the graph, and itself first', async () => {
    const dir = await tempDir();
    await VectorIndex.write(vectors, embeddings, dir);
    const exact = await VectorIndex.load(dir, embeddings);
    expect(exact.kind).toBe('exact');
    expect(exact.size).toBe(300);
    const graph = await VectorIndex.build(vectors, embeddings, { kind: 'hnsw' });
    for (const i of [0, 17, 123, 299]) {
      const hits = await exact.search(vectors.row(i), 5);
      expect(hits[0]!.chunkIndex).toBe(i);
      expect(hits[0]!.similarity).toBeCloseTo(1, 5);
      // Equally near vectors may come in another order: the similarities must agree.
      const fromGraph = (await graph.search(vectors.row(i), 5)).map((h) => h.similarity);
      fromGraph.forEach((s, k) => expect(s).toBeCloseTo(hits[k]!.similarity, 5));
    }
  });

  it('writes and opens an empty index', async () => {
    const dir = await tempDir();
    await VectorIndex.write(new VectorMatrix(new Float32Array(0), 0), embeddings, dir);
    expect(await (await VectorIndex.load(dir, embeddings)).search(embeddings.embedText('izin'), 5)).toEqual([]);
  });
});

describe('VectorIndex › deferred', () => {
  it('reads its files on the first search only, and then finds what a loaded index finds', async () => {
    for (const kind of ['exact', 'hnsw'] as const) {
      const dir = await tempDir();
      await (await VectorIndex.build(vectors, embeddings, { kind })).save(dir);
      const deferred = await VectorIndex.deferred(dir, embeddings);
      expect(deferred.kind).toBe(kind);
      expect(deferred.isLoaded).toBe(false);
      expect(deferred.size).toBe(300);
      const loaded = await VectorIndex.load(dir, embeddings);
      expect(loaded.isLoaded).toBe(true);
      expect(await deferred.search(vectors.row(42), 5)).toEqual(await loaded.search(vectors.row(42), 5));
      expect(deferred.isLoaded).toBe(true);
    }
  });

  it('opens a build without vector files, and says so when searched', async () => {
    const missing = path.join(await tempDir(), 'vector');
    const index = await VectorIndex.deferred(missing, embeddings);
    expect(index.kind).toBe('none');
    expect(index.size).toBe(0);
    await expect(index.search(embeddings.embedText('izin'), 5)).rejects.toBeInstanceOf(VectorIndexMissingError);
    await expect(VectorIndex.load(missing, embeddings)).rejects.toBeInstanceOf(VectorIndexMissingError);
  });
});
