import path from 'node:path';
import type { Chunk, SourceDocument } from '../ingest/types.js';
import type { NamedEmbeddings } from './create-embeddings.js';
import { IndexNotFoundError, IndexStore, type IndexManifest } from './index-store.js';
import { LexicalIndex } from './lexical-index.js';
import { VectorIndex } from './vector-index.js';
import { namedTargetsOf } from './find-named-targets.js';
import { LazyMap } from './lazy-map.js';
import { LocalHashEmbeddings } from './local-hash-embeddings.js';
import type { SearchableIndex } from './hybrid-search.js';
import { AppError } from '../errors.js';

export class EmbedderMismatchError extends AppError<'EMBEDDER_MISMATCH'> {
  constructor(readonly indexEmbedder: string, readonly configuredEmbedder: string) {
    super(
      'EMBEDDER_MISMATCH',
      `Dizin "${indexEmbedder}" ile oluşturulmuş, ayarlarda "${configuredEmbedder}" seçili. ` +
        'Farklı gömme modelleri karıştırılamaz: "npm run ingest" ile dizini yeniden oluşturun.',
    );
  }
}

/** The serving index, fully in memory: everything a question needs, loaded once. */
export interface IndexSnapshot extends SearchableIndex {
  buildDir: string;
  manifest: IndexManifest;
  documents: readonly SourceDocument[];
  documentsById: ReadonlyMap<string, SourceDocument>;
  chunksById: ReadonlyMap<string, Chunk>;
  extras: ReadonlyMap<string, unknown>;
  sizeBytes: number;
  loadMs: number;
  /** Closes the files the snapshot reads texts from (a later read reopens them while the build exists). */
  close(): void;
}

// Document names (titles, catalog aliases, initialisms, law numbers) are worked out in find-named-targets.
export { namedTargetsOf };

/**
 * Of each document's text, naming targets reads the start only (a law number in the masthead: its first
 * 400 characters). Reading whole texts for it decoded 111 MB at every load of a 100,000-chunk index and
 * filled the decoded-text cache before the first question; a test checks the targets are the same.
 */
export const TARGET_TEXT_HEAD_CHARS = 4000;

export async function openIndex(store: IndexStore, embedder: NamedEmbeddings, extraNames: readonly string[] = []): Promise<IndexSnapshot> {
  const started = performance.now();
  const buildDir = await store.currentBuildDir();
  if (!buildDir) throw new IndexNotFoundError(store.dataDir);
  const manifest = await store.readManifest(buildDir);
  if (manifest.embedder !== embedder.id) throw new EmbedderMismatchError(manifest.embedder, embedder.id);
  // The offline embedder's dense vote is 0 (ranking-weights.ts): its vectors are never searched, so their
  // files are not read unless something does search them. A configured embedder's graph is read here, on a
  // native thread while the chunk store and postings are read.
  const vectorDir = path.join(buildDir, 'vector');
  const [{ documents, chunks, texts }, vector, lexical, sizeBytes] = await Promise.all([
    store.openChunks(buildDir),
    embedder.embeddings instanceof LocalHashEmbeddings ? VectorIndex.deferred(vectorDir, embedder.embeddings) : VectorIndex.load(vectorDir, embedder.embeddings),
    LexicalIndex.load(path.join(buildDir, 'lexical.bin')),
    store.sizeBytes(buildDir),
  ]);
  const extras = new Map<string, unknown>();
  for (const name of extraNames) extras.set(name, await store.readExtra(buildDir, name));
  return {
    buildDir,
    manifest,
    documents,
    documentsById: new Map(documents.map((d) => [d.id, d])),
    chunks,
    chunksById: new LazyMap(() => chunks.map((c) => [c.id, c])),
    lexical,
    vector,
    embeddings: embedder.embeddings,
    targets: namedTargetsOf(documents.map((d) => d.withTextHead(TARGET_TEXT_HEAD_CHARS))),
    extras,
    sizeBytes,
    loadMs: performance.now() - started,
    close: () => texts.close(),
  };
}
