import fs from 'node:fs/promises';
import path from 'node:path';
import type { Chunk, SourceDocument } from '../ingest/types.js';
import { AppError } from '../errors.js';

/** Bumped when the on-disk layout or chunking changes: an older index is rebuilt, never misread. */
export const INDEX_SCHEMA_VERSION = 4;

export interface IndexedFile {
  hash: string;
  docId: string;
  chunks: number;
}

export interface IndexManifest {
  schemaVersion: number;
  builtAt: string;
  embedder: string;
  dimensions: number;
  catalogHash: string;
  files: Record<string, IndexedFile>;
  /** Files that could not be ingested; kept with their hash so an unchanged bad file is not re-read. */
  failed: { source: string; reason: string; hash: string }[];
  chunkCount: number;
}

export class IndexNotFoundError extends AppError<'INDEX_NOT_FOUND'> {
  constructor(readonly dataDir: string, options?: { cause?: unknown }) {
    super('INDEX_NOT_FOUND', `Dizin bulunamadı (${dataDir}). Önce "npm run ingest" çalıştırın.`, options);
  }
}

/**
 * Layout under DATA_DIR:
 *   CURRENT              name of the build now serving (replaced atomically by rename)
 *   builds/<name>/       manifest.json, documents.json, chunks.json, vectors.f32, vector/ (hnswlib), extras
 * A build is written under a ".partial" name and renamed when complete; CURRENT moves last. A crash at any
 * point leaves CURRENT naming the previous complete build.
 */
export class IndexStore {
  constructor(readonly dataDir: string) {}

  get buildsDir(): string {
    return path.join(this.dataDir, 'builds');
  }

  private get pointerFile(): string {
    return path.join(this.dataDir, 'CURRENT');
  }

  async currentBuildDir(): Promise<string | null> {
    try {
      const name = (await fs.readFile(this.pointerFile, 'utf8')).trim();
      if (!name) return null;
      const dir = path.join(this.buildsDir, name);
      await fs.access(path.join(dir, 'manifest.json'));
      return dir;
    } catch {
      return null;
    }
  }

  async readManifest(buildDir: string): Promise<IndexManifest> {
    return JSON.parse(await fs.readFile(path.join(buildDir, 'manifest.json'), 'utf8')) as IndexManifest;
  }

  async readDocuments(buildDir: string): Promise<SourceDocument[]> {
    return JSON.parse(await fs.readFile(path.join(buildDir, 'documents.json'), 'utf8')) as SourceDocument[];
  }

  async readChunks(buildDir: string): Promise<Chunk[]> {
    return JSON.parse(await fs.readFile(path.join(buildDir, 'chunks.json'), 'utf8')) as Chunk[];
  }

  async readVectors(buildDir: string, dimensions: number): Promise<number[][]> {
    const bytes = await fs.readFile(path.join(buildDir, 'vectors.f32'));
    const floats = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    const vectors: number[][] = [];
    for (let i = 0; i < floats.length; i += dimensions) vectors.push(Array.from(floats.subarray(i, i + dimensions)));
    return vectors;
  }

  async readExtra<T>(buildDir: string, name: string): Promise<T | null> {
    try {
      return JSON.parse(await fs.readFile(path.join(buildDir, `${name}.json`), 'utf8')) as T;
    } catch {
      return null;
    }
  }

  /** A fresh folder for a build in progress; nothing reads it until `publish`. */
  async createPartialBuild(name: string): Promise<string> {
    const dir = path.join(this.buildsDir, `${name}.partial`);
    await fs.rm(dir, { recursive: true, force: true });
    await fs.mkdir(dir, { recursive: true });
    return dir;
  }

  /** Completes a build: rename the folder, then swap CURRENT (write-then-rename is atomic on one file system). */
  async publish(partialDir: string): Promise<string> {
    const finalDir = partialDir.replace(/\.partial$/, '');
    await fs.rm(finalDir, { recursive: true, force: true });
    await fs.rename(partialDir, finalDir);
    const tmpPointer = `${this.pointerFile}.${process.pid}.tmp`;
    await fs.writeFile(tmpPointer, path.basename(finalDir));
    await fs.rename(tmpPointer, this.pointerFile);
    return finalDir;
  }

  /** Removes builds other than the one serving (old ones, and partial ones left by a crash). */
  async pruneBuilds(keepDir: string | null): Promise<void> {
    let names: string[] = [];
    try {
      names = await fs.readdir(this.buildsDir);
    } catch {
      return;
    }
    const keep = keepDir ? path.basename(keepDir) : null;
    await Promise.all(
      names.filter((n) => n !== keep).map((n) => fs.rm(path.join(this.buildsDir, n), { recursive: true, force: true })),
    );
  }

  async sizeBytes(dir: string): Promise<number> {
    let total = 0;
    for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) total += (await fs.stat(path.join(entry.parentPath, entry.name))).size;
    }
    return total;
  }
}

export async function writeJson(dir: string, name: string, value: unknown): Promise<void> {
  await fs.writeFile(path.join(dir, `${name}.json`), JSON.stringify(value));
}

export async function writeVectors(dir: string, vectors: readonly number[][]): Promise<void> {
  const dimensions = vectors[0]?.length ?? 0;
  const floats = new Float32Array(vectors.length * dimensions);
  vectors.forEach((v, i) => floats.set(v, i * dimensions));
  await fs.writeFile(path.join(dir, 'vectors.f32'), Buffer.from(floats.buffer));
}
