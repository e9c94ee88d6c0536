import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../config/index.js';
import type { NamedEmbeddings } from '../retrieval/create-embeddings.js';
import { IndexStore } from '../retrieval/index-store.js';
import type { SourceDocument } from '../ingest/types.js';
import type { AddedFile, IndexOperations, OperationSummary } from './index-operations.js';
import { runInChild } from './run-in-child.js';
import { addCorpusFile, reindexCorpus, removeCorpusFile, type OperationContext } from './run-operation.js';

export interface IndexBuilderOptions {
  config: Config;
  repoRoot: string;
  /**
   * Build in this process with this embedder instead of a child (an embedder object cannot cross a process
   * boundary: tests inject failing ones, the eval injects its own).
   */
  inProcess?: { embedder: NamedEmbeddings; extras?: (documents: readonly SourceDocument[]) => Record<string, unknown>; clock?: () => Date };
}

/** Index operations in a child process (default) or in-process (an injected embedder). */
export function createIndexBuilder(options: IndexBuilderOptions): IndexOperations {
  const { config, repoRoot } = options;
  if (options.inProcess) {
    const ctx: OperationContext = {
      repoRoot,
      corpusDir: path.resolve(repoRoot, config.CORPUS_DIR),
      store: new IndexStore(path.resolve(repoRoot, config.DATA_DIR)),
      embedder: options.inProcess.embedder,
      extras: options.inProcess.extras,
      clock: options.inProcess.clock,
    };
    return {
      reindex: (o = {}) => reindexCorpus(ctx, o.full ?? false, o),
      addFile: (fileName, bytes, hooks) => addCorpusFile(ctx, fileName, bytes, hooks),
      removeFile: (source, hooks) => removeCorpusFile(ctx, source, hooks),
    };
  }
  return {
    reindex: (o = {}) => runInChild<OperationSummary>({ op: 'reindex', full: o.full ?? false }, config, repoRoot, o),
    async addFile(fileName, bytes, hooks) {
      // The bytes reach the child as a file: IPC would copy 50 MB through a pipe as JSON.
      const staging = await fs.mkdtemp(path.join(os.tmpdir(), 'kurum-yukleme-'));
      try {
        const stagedFile = path.join(staging, 'upload.bin');
        await fs.writeFile(stagedFile, bytes);
        return await runInChild<AddedFile>({ op: 'add', fileName, stagedFile }, config, repoRoot, hooks);
      } finally {
        await fs.rm(staging, { recursive: true, force: true });
      }
    },
    removeFile: (source, hooks) => runInChild<OperationSummary>({ op: 'remove', source }, config, repoRoot, hooks),
  };
}
