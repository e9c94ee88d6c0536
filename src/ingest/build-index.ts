import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { NamedEmbeddings } from '../retrieval/create-embeddings.js';
import { VectorIndex, VectorMatrix } from '../retrieval/vector-index.js';
import { LexicalIndex } from '../retrieval/lexical-index.js';
import { LexicalPostingsBuilder } from '../retrieval/build-lexical-postings.js';
import { LocalHashEmbeddings } from '../retrieval/local-hash-embeddings.js';
import { tokenizeRaw } from '../text/index.js';
import { writeChunkStore } from '../retrieval/chunk-store.js';
import { citedSourcePath, loadCatalog, listCorpusFiles, readCorpusDocument, chunkDocument } from './index.js';
import { dropDuplicates, markRevisions, type Duplicate } from './find-revisions.js';
import { IngestError } from './ingest-error.js';
import { INDEX_SCHEMA_VERSION, writeJson, writeVectors, type IndexManifest, type IndexStore } from '../retrieval/index-store.js';
import type { Chunk, SourceDocument } from './types.js';
import { chunkHeader } from './chunk-header.js';
import { denseWeightOf } from '../retrieval/ranking-weights.js';

export interface BuildProgress {
  phase: 'okuma' | 'gömme' | 'yazma';
  done: number;
  total: number;
}

export interface BuildIndexOptions {
  repoRoot: string;
  corpusDir: string;
  store: IndexStore;
  embedder: NamedEmbeddings;
  clock?: () => Date;
  onProgress?: (progress: BuildProgress) => void;
  /** Derived data saved next to the index (e.g. the strategic-plan indicator tables), by name. */
  extras?: (documents: readonly SourceDocument[]) => Record<string, unknown>;
  /** Re-read every file even when hashes match (after an upgrade of the chunker, or to rule the cache out). */
  full?: boolean;
  /** Called once when another process holds the build lock and this build waits for it. */
  onWaitForLock?: (holder: string) => void;
  /**
   * Build vectors.f32 and the vector index. Default: only when the embedder's dense vote counts (the
   * offline hash embedder's is 0, and embedding it was most of an ingest); the benchmark's hnswlib figures
   * ask for them.
   */
  vectors?: boolean;
}

export interface BuildSummary {
  buildDir: string;
  /** False when the corpus was unchanged and nothing was written. */
  rebuilt: boolean;
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: string[];
  failed: { source: string; reason: string }[];
  /** Copies of another file (same bytes or same text): reported, indexed once. */
  duplicates: Duplicate[];
  documents: number;
  chunks: number;
  durationMs: number;
}

interface CorpusFile {
  relPath: string;
  source: string;
  hash: string;
}

const EMBED_BATCH = 64;

const sha256 = (bytes: Buffer | string) => crypto.createHash('sha256').update(bytes).digest('hex');

/** What the dense retriever sees: the text plus where it sits (title, article, headings). */
export function embeddingText(chunk: Chunk): string {
  return `${chunkHeader(chunk)}\n${chunk.text}`;
}

async function scanCorpus(repoRoot: string, corpusDir: string): Promise<{ files: CorpusFile[]; catalogHash: string }> {
  // Every file, readable or not: one no loader reads is reported with the reason, never skipped silently.
  const relPaths = await listCorpusFiles(corpusDir, { includeUnsupported: true });
  const files: CorpusFile[] = [];
  for (const relPath of relPaths) {
    const abs = path.join(corpusDir, relPath);
    let hash: string;
    try {
      hash = sha256(await fs.readFile(abs));
    } catch {
      hash = 'unreadable';
    }
    files.push({ relPath, source: citedSourcePath(repoRoot, corpusDir, relPath), hash });
  }
  let catalogHash = '';
  try {
    catalogHash = sha256(await fs.readFile(path.join(corpusDir, 'catalog.json')));
  } catch {
    catalogHash = 'none';
  }
  return { files, catalogHash };
}

function isReusable(manifest: IndexManifest | null, embedderId: string, catalogHash: string): manifest is IndexManifest {
  return Boolean(manifest && manifest.schemaVersion === INDEX_SCHEMA_VERSION && manifest.embedder === embedderId && manifest.catalogHash === catalogHash);
}

/**
 * Incremental, crash-safe index build. Unchanged files reuse their parsed text, chunks and vectors;
 * changed and new files are read again; removed ones drop out. Nothing is written when the corpus is
 * unchanged. The new index is complete on disk before it replaces the serving one. Builds on one DATA_DIR
 * take turns (the store's build lock), whichever process or host starts them.
 */
export async function buildIndex(options: BuildIndexOptions): Promise<BuildSummary> {
  return options.store.withBuildLock(() => buildUnderLock(options), options.onWaitForLock);
}

async function buildUnderLock(options: BuildIndexOptions): Promise<BuildSummary> {
  const started = Date.now();
  const clock = options.clock ?? (() => new Date());
  const { store, embedder, repoRoot, corpusDir } = options;
  const progress = options.onProgress ?? (() => {});

  const { files, catalogHash } = await scanCorpus(repoRoot, corpusDir);
  const currentDir = await store.currentBuildDir();
  const manifest = currentDir ? await store.readManifest(currentDir) : null;
  const reusable = !options.full && isReusable(manifest, embedder.id, catalogHash);
  const wantVectors = options.vectors ?? denseWeightOf(embedder.embeddings) > 0;
  // A build without vectors where they are now wanted (a dense vote became > 0) is not up to date.
  const vectorsReady = !wantVectors || manifest?.vectors !== false;

  const previousHash = new Map<string, string>();
  if (manifest) {
    for (const [source, f] of Object.entries(manifest.files)) previousHash.set(source, f.hash);
    for (const f of manifest.failed) previousHash.set(f.source, f.hash);
    for (const f of manifest.duplicates ?? []) previousHash.set(f.source, f.hash);
  }
  const added = files.filter((f) => !previousHash.has(f.source)).map((f) => f.source);
  const changed = files.filter((f) => previousHash.has(f.source) && previousHash.get(f.source) !== f.hash).map((f) => f.source);
  const currentSources = new Set(files.map((f) => f.source));
  const removed = [...previousHash.keys()].filter((s) => !currentSources.has(s));
  const unchangedSources = files.filter((f) => previousHash.get(f.source) === f.hash).map((f) => f.source);

  if (reusable && currentDir && vectorsReady && added.length === 0 && changed.length === 0 && removed.length === 0) {
    return {
      buildDir: currentDir, rebuilt: false, added, changed, removed, unchanged: unchangedSources,
      failed: manifest.failed.map(({ source, reason }) => ({ source, reason })),
      duplicates: (manifest.duplicates ?? []).map(({ source, of }) => ({ source, of })),
      documents: Object.keys(manifest.files).length, chunks: manifest.chunkCount, durationMs: Date.now() - started,
    };
  }

  // Reuse what the serving build already holds for files whose bytes did not change.
  const oldDocs = new Map<string, SourceDocument>();
  const oldChunks = new Map<string, { chunk: Chunk; vector: number }[]>();
  let oldVectors: VectorMatrix | null = null;
  if (reusable && currentDir) {
    const oldHasVectors = wantVectors && manifest.vectors !== false;
    const [stored, vectors] = await Promise.all([store.openChunks(currentDir), oldHasVectors ? store.readVectors(currentDir, manifest.dimensions) : null]);
    oldVectors = vectors;
    for (const d of stored.documents) oldDocs.set(d.source, d);
    stored.chunks.forEach((chunk, i) => {
      const list = oldChunks.get(chunk.source) ?? [];
      list.push({ chunk, vector: i });
      oldChunks.set(chunk.source, list);
    });
  }

  const catalog = await loadCatalog(corpusDir);
  const failed: { source: string; reason: string; hash: string }[] = [];
  // Unchanged files bring their old chunks, each with the row of its vector in the old build's vectors.f32.
  const read: { doc: SourceDocument; reused?: { chunk: Chunk; vector: number }[]; was?: string }[] = [];

  const previousFailures = new Map((manifest?.failed ?? []).map((f) => [f.source, f]));
  let done = 0;
  for (const file of files) {
    progress({ phase: 'okuma', done: done++, total: files.length });
    const reused = reusable && previousHash.get(file.source) === file.hash ? oldDocs.get(file.source) : undefined;
    if (reused) {
      read.push({ doc: reused, reused: oldChunks.get(file.source) ?? [], was: revisionState(reused) });
      continue;
    }
    // A bad file whose bytes did not change keeps its reason; it is not read again.
    const previousFailure = previousFailures.get(file.source);
    if (previousFailure && previousFailure.hash === file.hash) {
      failed.push({ source: file.source, reason: previousFailure.reason, hash: file.hash });
      continue;
    }
    try {
      read.push({ doc: await readCorpusDocument({ repoRoot, corpusDir, relPath: file.relPath, catalog }) });
    } catch (error) {
      const reason = error instanceof IngestError ? error.message : `${file.source} okunamadı: ${(error as Error).message}`;
      failed.push({ source: file.source, reason, hash: file.hash });
    }
  }
  progress({ phase: 'okuma', done: files.length, total: files.length });

  // A copy of another file is indexed once; revisions of one document are told apart and the older marked.
  const inCatalog = new Set(catalog.map((e) => e.path));
  const relPathOf = new Map(files.map((f) => [f.source, f.relPath]));
  const { kept, duplicates } = dropDuplicates(read, (doc) => inCatalog.has(relPathOf.get(doc.source) ?? doc.source));
  markRevisions(kept.map((e) => e.doc));

  const documents: SourceDocument[] = [];
  const chunks: Chunk[] = [];
  // Per chunk: the row of its vector in the old build's vectors.f32, or -1 when it must be embedded.
  const reusedRows: number[] = [];
  const usedIds = new Set<string>();
  for (const entry of kept) {
    const { doc } = entry;
    const renamed = usedIds.has(doc.id);
    if (renamed) doc.id = `${doc.id}-${sha256(doc.source).slice(0, 6)}`;
    usedIds.add(doc.id);
    documents.push(doc);
    if (entry.reused && !renamed && entry.was === revisionState(doc)) {
      for (const { chunk, vector } of entry.reused) {
        chunks.push(chunk);
        reusedRows.push(vector);
      }
      continue;
    }
    // New, changed, or its revision status moved (a newer revision arrived): chunked again. The vectors
    // of unchanged text stay valid (the embedded text does not hold the locator).
    const fresh = chunkDocument(doc);
    const oldRows = wantVectors && entry.reused && entry.reused.length === fresh.length && entry.reused.every((r, i) => embeddingText(r.chunk) === embeddingText(fresh[i]!)) ? entry.reused.map((r) => r.vector) : null;
    fresh.forEach((chunk, i) => {
      chunks.push(chunk);
      reusedRows.push(oldRows?.[i] ?? -1);
    });
  }

  // Without the old build's vectors (it had none, or none are built now) every chunk is embedded afresh.
  if (!oldVectors || !wantVectors) reusedRows.fill(-1);
  const pending = wantVectors ? reusedRows.flatMap((row, i) => (row < 0 ? [i] : [])) : [];
  let matrix: VectorMatrix | null = null;
  const place = (i: number, vector: ArrayLike<number>) => {
    matrix ??= new VectorMatrix(new Float32Array(chunks.length * vector.length), vector.length);
    matrix.data.set(vector, i * matrix.dimensions);
  };
  if (oldVectors && oldVectors.count > 0) {
    const old = oldVectors;
    reusedRows.forEach((row, i) => row >= 0 && place(i, old.data.subarray(row * old.dimensions, (row + 1) * old.dimensions)));
  }
  // One pass over the chunks builds the BM25 postings; the local embedder reads the same tokens, and each
  // word is looked up once for both (tokenising and looking up every word twice was a third of an ingest).
  // Other embedders get their batches after it.
  const local = wantVectors && embedder.embeddings instanceof LocalHashEmbeddings ? embedder.embeddings : null;
  const lexical = new LexicalPostingsBuilder();
  const words = new Map<string, { terms: Int32Array; features: Float64Array | null }>();
  const wordOf = (token: string) => {
    let word = words.get(token);
    if (!word) words.set(token, (word = { terms: lexical.termIdsOf(token), features: local ? local.featuresOf(token) : null }));
    return word;
  };
  const headers = new Map<string, Float64Array[]>();
  // Without the hash embedder the builder tokenises and looks words up itself (one lookup, no token objects).
  if (!local) for (const chunk of chunks) lexical.add(chunk);
  chunks.forEach((chunk, i) => {
    if (!local) return;
    const body = tokenizeRaw(chunk.text).map(wordOf);
    lexical.add(chunk, body.map((w) => w.terms));
    if (reusedRows[i]! >= 0) return;
    const header = chunkHeader(chunk);
    let own = headers.get(header);
    if (!own) headers.set(header, (own = tokenizeRaw(header).map((t) => wordOf(t).features!)));
    // = embedText(embeddingText(chunk)): the header and the text are tokenised apart, with the same result.
    place(i, local.embedFeatures(own.concat(body.map((w) => w.features!))));
  });
  for (let b = 0; wantVectors && !local && b < pending.length; b += EMBED_BATCH) {
    progress({ phase: 'gömme', done: b, total: pending.length });
    const batch = pending.slice(b, b + EMBED_BATCH);
    const embedded = await embedder.embeddings.embedDocuments(batch.map((i) => embeddingText(chunks[i]!)));
    batch.forEach((i, j) => place(i, embedded[j]!));
  }
  // No "turning passages into vectors" line when no vectors are made.
  if (wantVectors) progress({ phase: 'gömme', done: pending.length, total: pending.length });

  const vectors: VectorMatrix = matrix ?? new VectorMatrix(new Float32Array(0), 0);
  const dimensions = vectors.dimensions;
  const buildName = `${clock().toISOString().replace(/[:.]/g, '-')}-${process.pid}`;
  const partialDir = await store.createPartialBuild(buildName);
  progress({ phase: 'yazma', done: 0, total: 1 });
  if (wantVectors) {
    await VectorIndex.write(vectors, embedder.embeddings, path.join(partialDir, 'vector'));
    await writeVectors(partialDir, vectors);
  }
  await LexicalIndex.fromPostings(lexical.finish()).save(path.join(partialDir, 'lexical.bin'));
  await writeChunkStore(partialDir, documents, chunks);
  for (const [name, value] of Object.entries(options.extras?.(documents) ?? {})) await writeJson(partialDir, name, value);

  // One pass each, not a scan of every chunk per document (500 documents × 100k chunks in the bench).
  const hashBySource = new Map(files.map((f) => [f.source, f.hash]));
  const chunksPerDoc = new Map<string, number>();
  for (const c of chunks) chunksPerDoc.set(c.docId, (chunksPerDoc.get(c.docId) ?? 0) + 1);
  const newManifest: IndexManifest = {
    schemaVersion: INDEX_SCHEMA_VERSION,
    builtAt: clock().toISOString(),
    embedder: embedder.id,
    dimensions,
    vectors: wantVectors,
    catalogHash,
    files: Object.fromEntries(
      documents.map((d) => [d.source, { hash: hashBySource.get(d.source)!, docId: d.id, chunks: chunksPerDoc.get(d.id) ?? 0 }]),
    ),
    failed,
    duplicates: duplicates.map((d) => ({ ...d, hash: hashBySource.get(d.source)! })),
    chunkCount: chunks.length,
  };
  // The manifest is written last: a build folder without one is never taken for complete.
  await writeJson(partialDir, 'manifest', newManifest);
  const buildDir = await store.publish(partialDir);
  progress({ phase: 'yazma', done: 1, total: 1 });
  await store.pruneBuilds(buildDir);

  return {
    buildDir, rebuilt: true, added, changed, removed, unchanged: unchangedSources,
    failed: failed.map(({ source, reason }) => ({ source, reason })),
    duplicates,
    documents: documents.length, chunks: chunks.length, durationMs: Date.now() - started,
  };
}

/** What a document's chunks depend on besides its bytes: whether and how it is a revision of another. */
function revisionState(doc: SourceDocument): string {
  return JSON.stringify([doc.revision ?? null, doc.supersededBy ?? null]);
}
