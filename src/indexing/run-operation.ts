import fs from 'node:fs/promises';
import path from 'node:path';
import { buildIndex, type BuildSummary } from '../ingest/build-index.js';
import { IngestError } from '../ingest/ingest-error.js';
import { citedSourcePath } from '../ingest/read-corpus-document.js';
import type { NamedEmbeddings } from '../retrieval/create-embeddings.js';
import type { IndexStore } from '../retrieval/index-store.js';
import type { SourceDocument } from '../ingest/types.js';
import { placeUpload, validateUpload } from './corpus-edits.js';
import type { AddedFile, OperationHooks, OperationSummary } from './index-operations.js';

export interface OperationContext {
  repoRoot: string;
  corpusDir: string;
  store: IndexStore;
  embedder: NamedEmbeddings;
  extras?: (documents: readonly SourceDocument[]) => Record<string, unknown>;
  clock?: () => Date;
}

function summarize(summary: BuildSummary): OperationSummary {
  const { buildDir, ...rest } = summary;
  return { ...rest, version: path.basename(buildDir) };
}

export async function reindexCorpus(ctx: OperationContext, full: boolean, hooks: OperationHooks = {}): Promise<OperationSummary> {
  const summary = await buildIndex({ ...ctx, full, onProgress: hooks.onProgress, onWaitForLock: hooks.onWait });
  return summarize(summary);
}

/**
 * Validate, place under a free name, index; if the index could not take the file after all (it failed at
 * ingest), take it out again and say why. The corpus never keeps a file the index refused.
 */
export async function addCorpusFile(ctx: OperationContext, fileName: string, bytes: Buffer, hooks: OperationHooks = {}): Promise<AddedFile> {
  const safeName = await validateUpload(fileName, bytes);
  const placed = await placeUpload(ctx.corpusDir, safeName, bytes);
  const source = citedSourcePath(ctx.repoRoot, ctx.corpusDir, placed.relPath);
  let summary: OperationSummary;
  try {
    summary = await reindexCorpus(ctx, false, hooks);
  } catch (error) {
    if (!placed.duplicateOf) await fs.rm(path.join(ctx.corpusDir, placed.relPath), { force: true });
    throw error;
  }
  const manifest = await ctx.store.readManifest(path.join(ctx.store.buildsDir, summary.version));
  if (!manifest.files[source]) {
    const reason = manifest.failed.find((f) => f.source === source)?.reason ?? `${fileName} dizine eklenemedi.`;
    if (!placed.duplicateOf) {
      await fs.rm(path.join(ctx.corpusDir, placed.relPath), { force: true });
      await reindexCorpus(ctx, false, hooks);
    }
    throw new IngestError('FILE_UNREADABLE', fileName, reason);
  }
  return { source, storedAs: placed.storedAs, versionOf: placed.versionOf, duplicateOf: placed.duplicateOf, summary };
}

export async function removeCorpusFile(ctx: OperationContext, source: string, hooks: OperationHooks = {}): Promise<OperationSummary> {
  // A corpus outside the repository names its files by their path inside it (citedSourcePath).
  const fromRoot = path.resolve(ctx.repoRoot, source);
  const abs = path.relative(ctx.corpusDir, fromRoot).startsWith('..') ? path.resolve(ctx.corpusDir, source) : fromRoot;
  // Only files inside the corpus folder: a stored source path is never a way to delete elsewhere.
  if (path.relative(ctx.corpusDir, abs).startsWith('..')) throw new IngestError('FILE_UNREADABLE', source, `${source} belge klasöründe değil.`);
  await fs.rm(abs, { force: true });
  return reindexCorpus(ctx, false, hooks);
}
