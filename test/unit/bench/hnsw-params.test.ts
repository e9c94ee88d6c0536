import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHnswParams } from '../../../src/bench/bench-ann.js';
import { LocalHashEmbeddings } from '../../../src/retrieval/local-hash-embeddings.js';
import { VectorIndex } from '../../../src/retrieval/vector-index.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await fs.rm(d, { recursive: true, force: true });
});

describe('readHnswParams', () => {
  it('reads back the M and efConstruction an index was built with', async () => {
    const embeddings = new LocalHashEmbeddings();
    const vectors = Array.from({ length: 50 }, (_, i) => embeddings.embedText(`madde ${i} yıllık izin ${i % 7}`));
    for (const options of [{ m: 24, efConstruction: 150 }, { m: 8, efConstruction: 40 }]) {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hnsw-params-'));
      dirs.push(dir);
      await (await VectorIndex.build(vectors, embeddings, options)).save(dir);
      expect(await readHnswParams(path.join(dir, 'hnswlib.index'))).toEqual(options);
    }
  });
});
