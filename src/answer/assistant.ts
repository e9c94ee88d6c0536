import type { AnswerEvent } from './answer-stream.js';
import type { Answer, Citation } from './types.js';

/** One earlier exchange in a conversation (a Slack thread, a terminal session). */
export interface ConversationTurn {
  question: string;
  answer?: string;
}

/**
 * Documents a question may be answered from (an admin's per-channel limit): a passage counts when its
 * document's id is listed or its kind (or, inside a gazette issue, its part's kind) is. Empty lists: no limit.
 */
export interface SearchScope {
  documentIds: readonly string[];
  kinds: readonly string[];
}

export interface AskOptions {
  /** Earlier turns, oldest first; a follow-up like "peki 12 yıl olsaydı?" is read against them. */
  history?: ConversationTurn[];
  /** Cancels a model call in progress (the asker left); the answer is then the extractive one. */
  signal?: AbortSignal;
  /** Search only these documents; answers (tool results too) cite nothing outside them. */
  scope?: SearchScope;
}

export interface DocumentSummary {
  id: string;
  source: string;
  title: string;
  kind: string;
  asOf: string | null;
  chunks: number;
  /** PDF pages, null for text files. */
  pages: number | null;
  /** Titles of the documents inside a gazette issue. */
  parts: string[];
}

export interface IndexStatus {
  documents: number;
  chunks: number;
  /** ISO timestamp of the index now serving. */
  builtAt: string;
  sizeBytes: number;
  embedder: string;
  reindexing: boolean;
  /** The index version served (its build folder name); every instance reports it in `/dizin durum`. */
  version: string;
  /**
   * Why the served index is not the corpus as it is now (a failed start-up or admin re-index: bad catalog,
   * missing folder, full disk), or null. The last good index keeps serving meanwhile.
   */
  problem: string | null;
}

export interface ReindexSummary {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: string[];
  /** Files that could not be ingested, with the Turkish reason; the rest of the corpus is still indexed. */
  failed: { source: string; reason: string }[];
  /** Files with the same bytes as another file; indexed once, under the file they copy. */
  duplicates: { source: string; of: string }[];
  durationMs: number;
}

export interface AddedDocument {
  id: string;
  source: string;
  title: string;
  pages: number | null;
  chunks: number;
  /** Set when another document already had the uploaded name: this one was stored as `storedAs` instead. */
  versionOf?: string | null;
  storedAs?: string;
  /** The same bytes were already indexed under this name: nothing new was added. */
  duplicateOf?: string | null;
}

export interface Passage {
  citation: Citation;
  /** The whole chunk text (masked), for a "show full passage" action. */
  text: string;
}

/**
 * The engine as the edges (Slack, terminal chat, CLI) see it. Questions keep being answered while a
 * re-index runs: the new index replaces the old one only when it is complete.
 */
export interface Assistant {
  ask(question: string, options?: AskOptions): Promise<Answer>;
  /**
   * The same answer as `ask`, as events: text deltas and tool progress while an LLM writes, then the
   * verified final answer (in extractive mode only that). Never throws for a model failure: it ends in
   * the extractive answer with `fallbackReason`.
   */
  askStream(question: string, options?: AskOptions): AsyncIterable<AnswerEvent>;
  passage(chunkId: string): Passage | null;
  status(): IndexStatus;
  documents(): DocumentSummary[];
  reindex(options?: { full?: boolean }): Promise<ReindexSummary>;
  /** Validates, stores in the corpus and indexes a file; throws IngestError (Turkish message) when unusable. */
  addDocument(fileName: string, bytes: Buffer): Promise<AddedDocument>;
  /** Removes a document from the corpus and the index; false when no such id. */
  removeDocument(id: string): Promise<boolean>;
  /** Loads the index version CURRENT names if it is not the one serving (published by another process); true when swapped. */
  refresh?(): Promise<boolean>;
  /** Stops watching for new index versions. */
  close?(): Promise<void>;
}
