import type { BuildProgress, BuildSummary } from '../ingest/build-index.js';

/** What an index change reports; `version` is the build folder CURRENT names afterwards. */
export type OperationSummary = Omit<BuildSummary, 'buildDir'> & { version: string };

export interface AddedFile {
  /** Repository-relative path of the stored file (`corpus/yuklenenler/…`). */
  source: string;
  /** The name the file was stored under. */
  storedAs: string;
  /** Set when another document already had the uploaded name: the new one got a versioned name instead. */
  versionOf: string | null;
  /** Same bytes as a document already in the corpus: nothing was added. */
  duplicateOf: string | null;
  summary: OperationSummary;
}

export interface OperationHooks {
  onProgress?: (progress: BuildProgress) => void;
  /** Another build holds the lock; this one waits its turn. */
  onWait?: (holder: string) => void;
}

/**
 * The index-changing operations. Each runs off the serving process's event loop (a child process) and takes the
 * build lock, so any number of callers on any host take turns and none blocks answers.
 */
export interface IndexOperations {
  reindex(options?: { full?: boolean } & OperationHooks): Promise<OperationSummary>;
  /** Validates `bytes` (parsing happens in the child too), stores them under a name no other document has, indexes. */
  addFile(fileName: string, bytes: Buffer, hooks?: OperationHooks): Promise<AddedFile>;
  /** Deletes a corpus file (repository-relative source) and re-indexes. */
  removeFile(source: string, hooks?: OperationHooks): Promise<OperationSummary>;
}

/** Messages from the build child to its parent. */
export type ChildMessage =
  | { type: 'progress'; progress: BuildProgress }
  | { type: 'wait'; holder: string }
  | { type: 'done'; result: unknown }
  | { type: 'error'; name: string; code: string | null; message: string; file: string | null };

/** What the parent asks the child to do (with the parent's validated config, so both read the same settings). */
export interface ChildEnvelope {
  config: import('../config/index.js').Config;
  repoRoot: string;
  request: ChildRequest;
}

export type ChildRequest =
  | { op: 'reindex'; full: boolean }
  | { op: 'add'; fileName: string; stagedFile: string }
  | { op: 'remove'; source: string };
