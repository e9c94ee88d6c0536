import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { SourceDocument } from '../ingest/types.js';
import { AppError } from '../errors.js';
import { openChunkStore, type OpenedChunkStore } from './chunk-store.js';
import { VectorMatrix } from './vector-index.js';

/**
 * Bumped when the on-disk layout or chunking changes: an older index is rebuilt, never misread.
 * 5: ingest's chunking (tables, duplicates, revisions). 6: binary chunk store (chunks.bin, text.bin), binary
 * BM25 postings (lexical.bin), no LangChain docstore. 7: each article's caption in its chunks' locators (ranking
 * reads it). 8: articles numbered past 999 are articles (they had been chunked as plain text).
 */
export const INDEX_SCHEMA_VERSION = 8;

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
  /**
   * False when the build holds no vectors.f32 and no vector/ (the embedder's dense vote is 0, so hybrid
   * search never runs the dense search); absent in older builds, which always hold them.
   */
  vectors?: boolean;
  catalogHash: string;
  files: Record<string, IndexedFile>;
  /** Files that could not be ingested; kept with their hash so an unchanged bad file is not re-read. */
  failed: { source: string; reason: string; hash: string }[];
  /** Copies of another file, indexed once (absent in indexes built before duplicates were detected). */
  duplicates?: { source: string; of: string; hash: string }[];
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
 *   builds/<name>/       manifest.json, documents.json, chunks.bin, text.bin, chunk-extras.json (chunk-store.ts),
 *                        lexical.bin, vectors.f32 and vector/ (hnswlib graph or exact index; only when the embedder's
 *                        dense vote counts, see manifest.vectors), extras
 *   build.lock           held by the one process building (any host sharing the folder); see withBuildLock
 * A build is written under a ".partial" name and renamed when complete; CURRENT moves last. A crash at any
 * point leaves CURRENT naming the previous complete build. A published build is never modified: its folder
 * name is the index version every instance reports.
 */
export class IndexStore {
  constructor(readonly dataDir: string) {}

  get buildsDir(): string {
    return path.join(this.dataDir, 'builds');
  }

  private get pointerFile(): string {
    return path.join(this.dataDir, 'CURRENT');
  }

  /** The version (build folder name) CURRENT names, or null; cheap enough to poll every second. */
  async currentVersion(): Promise<string | null> {
    try {
      return (await fs.readFile(this.pointerFile, 'utf8')).trim() || null;
    } catch {
      return null;
    }
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

  /** The documents of a build (each text read on demand from text.bin). */
  async readDocuments(buildDir: string): Promise<SourceDocument[]> {
    const { documents, texts } = await openChunkStore(buildDir);
    texts.close();
    return documents;
  }

  /** Documents and chunks of a build, their texts read on demand (see chunk-store.ts). */
  async openChunks(buildDir: string): Promise<OpenedChunkStore> {
    return openChunkStore(buildDir);
  }

  async readVectors(buildDir: string, dimensions: number): Promise<VectorMatrix> {
    const bytes = await fs.readFile(path.join(buildDir, 'vectors.f32'));
    // Copied into a fresh (aligned) buffer: a Float32Array view needs a 4-byte aligned offset.
    return new VectorMatrix(new Float32Array(new Uint8Array(bytes).buffer), dimensions);
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

  /**
   * Removes partial builds and all complete ones but the serving build and the one before it (an instance that
   * has not swapped yet may still be loading it). Call only under the build lock: no partial build is then
   * anyone's work in progress.
   */
  async pruneBuilds(keepDir: string | null): Promise<void> {
    let names: string[] = [];
    try {
      names = await fs.readdir(this.buildsDir);
    } catch {
      return;
    }
    const keep = keepDir ? path.basename(keepDir) : null;
    const complete = names.filter((n) => !n.endsWith('.partial') && n !== keep).sort();
    const previous = complete.at(-1);
    await Promise.all(
      names
        .filter((n) => n !== keep && n !== previous)
        .map((n) => fs.rm(path.join(this.buildsDir, n), { recursive: true, force: true })),
    );
  }

  /** Removes the ".partial" folders of failed or interrupted builds (under the build lock). */
  async removePartialBuilds(): Promise<string[]> {
    let names: string[] = [];
    try {
      names = await fs.readdir(this.buildsDir);
    } catch {
      return [];
    }
    const partial = names.filter((n) => n.endsWith('.partial'));
    await Promise.all(partial.map((n) => fs.rm(path.join(this.buildsDir, n), { recursive: true, force: true })));
    return partial;
  }

  /**
   * Runs `task` holding DATA_DIR/build.lock, so builds from any process or host sharing the folder never overlap
   * (three `npm run ingest` at once used to delete each other's unfinished builds). A holder that died on this
   * host is taken over at once; one on another host when its heartbeat is older than a minute. Partial builds
   * left by failed or killed builds are removed on entry and when `task` fails.
   */
  async withBuildLock<T>(task: () => Promise<T>, onWait?: (holder: string) => void): Promise<T> {
    const lockFile = path.join(this.dataDir, 'build.lock');
    const me = `${os.hostname()}:${process.pid}`;
    await fs.mkdir(this.dataDir, { recursive: true });
    let announced = false;
    for (;;) {
      try {
        await fs.writeFile(lockFile, me, { flag: 'wx' });
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = await fs.readFile(lockFile, 'utf8').catch(() => '');
      const stat = await fs.stat(lockFile).catch(() => null);
      if (!stat || isAbandoned(holder, Date.now() - stat.mtimeMs)) {
        // Rename first: of two processes taking over the same abandoned lock, only one rename succeeds.
        const grave = `${lockFile}.${process.pid}.stale`;
        if (await fs.rename(lockFile, grave).then(() => true, () => false)) await fs.rm(grave, { force: true });
        continue;
      }
      if (!announced && onWait) onWait(holder);
      announced = true;
      await new Promise((r) => setTimeout(r, 200));
    }
    const heartbeat = setInterval(() => void fs.utimes(lockFile, new Date(), new Date()).catch(() => undefined), 5_000);
    heartbeat.unref();
    try {
      await this.removePartialBuilds();
      return await task();
    } catch (error) {
      await this.removePartialBuilds().catch(() => undefined);
      throw error;
    } finally {
      clearInterval(heartbeat);
      await fs.rm(lockFile, { force: true });
    }
  }

  async sizeBytes(dir: string): Promise<number> {
    let total = 0;
    for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) total += (await fs.stat(path.join(entry.parentPath, entry.name))).size;
    }
    return total;
  }
}

const LOCK_STALE_MS = 60_000;

function isAbandoned(holder: string, ageMs: number): boolean {
  const [host, pidText] = holder.split(':');
  const pid = Number(pidText);
  if (host === os.hostname() && Number.isInteger(pid) && pid > 0) {
    if (pid === process.pid) return false;
    try {
      process.kill(pid, 0);
      return false;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ESRCH';
    }
  }
  return ageMs > LOCK_STALE_MS;
}

export async function writeJson(dir: string, name: string, value: unknown): Promise<void> {
  await fs.writeFile(path.join(dir, `${name}.json`), JSON.stringify(value));
}

export async function writeVectors(dir: string, vectors: VectorMatrix): Promise<void> {
  await fs.writeFile(path.join(dir, 'vectors.f32'), new Uint8Array(vectors.data.buffer, vectors.data.byteOffset, vectors.data.byteLength));
}
