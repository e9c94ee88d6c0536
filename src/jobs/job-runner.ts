import path from 'node:path';
import type { AddedDocument, Assistant, ReindexSummary } from '../answer/assistant.js';
import type { IndexOperations, OperationHooks } from '../indexing/index-operations.js';
import { toReindexSummary } from '../indexing/reindex-summary.js';
import type { SourceDocument } from '../ingest/types.js';
import type { IndexStore } from '../retrieval/index-store.js';

/** What a finished job stores as its result (JSON), whoever ran it. */
export interface ReindexResult {
  summary: ReindexSummary;
  /** False when the corpus was unchanged and the serving version stayed. */
  rebuilt: boolean;
  version: string;
  documents: number;
  chunks: number;
}
export interface AddResult {
  document: AddedDocument;
}
export interface RemoveResult {
  id: string;
  removed: boolean;
}

/** Runs the three kinds of index job; the worker does not care whether an engine or a bare builder is behind it. */
export interface JobRunner {
  reindex(full: boolean, hooks: OperationHooks): Promise<ReindexResult>;
  add(fileName: string, bytes: Buffer, hooks: OperationHooks): Promise<AddResult>;
  remove(id: string, hooks: OperationHooks): Promise<RemoveResult>;
}


/** In a bot process: the engine runs the job (in its build child) and swaps to the new version at once. */
export function assistantJobRunner(assistant: Assistant): JobRunner {
  return {
    async reindex(full) {
      const before = assistant.status().version;
      const summary = await assistant.reindex({ full });
      const status = assistant.status();
      return { summary, rebuilt: status.version !== before, version: status.version, documents: status.documents, chunks: status.chunks };
    },
    async add(fileName, bytes) {
      return { document: await assistant.addDocument(fileName, bytes) };
    },
    async remove(id) {
      return { id, removed: await assistant.removeDocument(id) };
    },
  };
}

/** In `npm run worker` / `npm run ingest`: no engine loaded, only the builder and the index folder. */
export function builderJobRunner(builder: IndexOperations, store: IndexStore): JobRunner {
  return {
    async reindex(full, hooks) {
      const s = await builder.reindex({ ...hooks, full });
      return { summary: toReindexSummary(s), rebuilt: s.rebuilt, version: s.version, documents: s.documents, chunks: s.chunks };
    },
    async add(fileName, bytes, hooks) {
      const added = await builder.addFile(fileName, bytes, hooks);
      const buildDir = path.join(store.buildsDir, added.summary.version);
      const [documents, manifest] = await Promise.all([store.readDocuments(buildDir), store.readManifest(buildDir)]);
      const doc = documents.find((d: SourceDocument) => d.source === added.source)!;
      return {
        document: {
          id: doc.id, source: doc.source, title: doc.title, pages: doc.pages.length > 0 ? doc.pages.length : null,
          chunks: manifest.files[doc.source]?.chunks ?? 0,
          storedAs: added.storedAs, versionOf: added.versionOf, duplicateOf: added.duplicateOf,
        },
      };
    },
    async remove(id, hooks) {
      const current = await store.currentBuildDir();
      const manifest = current ? await store.readManifest(current) : null;
      const source = Object.entries(manifest?.files ?? {}).find(([, f]) => f.docId === id)?.[0];
      if (!source) return { id, removed: false };
      await builder.removeFile(source, hooks);
      return { id, removed: true };
    },
  };
}
