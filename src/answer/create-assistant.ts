import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../config/index.js';
import { buildIndex, type BuildProgress, type BuildSummary } from '../ingest/build-index.js';
import { IngestError } from '../ingest/ingest-error.js';
import { readCorpusDocument } from '../ingest/index.js';
import { createEmbeddings, type NamedEmbeddings } from '../retrieval/create-embeddings.js';
import { IndexStore } from '../retrieval/index-store.js';
import { openIndex, type IndexSnapshot } from '../retrieval/open-index.js';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { LlmComposer } from '../llm/index.js';
import { maskPersonalData } from '../text/index.js';
import { answerQuestion, type AnswerContext } from './answer-question.js';
import { finalAnswerOf, streamOfAnswer } from './answer-stream.js';
import type { AddedDocument, Assistant, AskOptions, DocumentSummary, IndexStatus, Passage, ReindexSummary } from './assistant.js';
import { createToolAnswerer, indexExtras, EXTRA_NAMES } from './tool-wiring.js';
import { TermStatistics } from './term-statistics.js';
import { makeCitation } from './verify-citation.js';

export interface AssistantDependencies {
  config: Config;
  /** Repository root: `source` paths in citations are relative to it, CORPUS_DIR/DATA_DIR resolve from it. */
  repoRoot: string;
  clock?: () => Date;
  /** Progress of an index build; the CLI turns it into a bar or plain lines. */
  onProgress?: (event: BuildProgress) => void;
  /** Overrides the configured embedder (tests pass a failing one to prove the swap is atomic). */
  embedder?: NamedEmbeddings;
  /**
   * The chat model of the LLM mode; by default the one LLM_PROVIDER configures (none: extractive only).
   * Tests pass a real ChatOpenAI pointed at a local stand-in; null forces the extractive mode.
   */
  chatModel?: BaseChatModel | null;
}

/** Where uploaded documents go inside the corpus. */
const UPLOADS_FOLDER = 'yuklenenler';
const ACCEPTED_UPLOADS = new Set(['.pdf', '.txt', '.md']);

/**
 * Builds (or loads) the index and returns the engine. The index is built first when missing or stale.
 * A re-index runs beside the serving snapshot; questions keep using the old one until the new one is
 * complete, then the snapshot is swapped in one assignment.
 */
export async function createAssistant(deps: AssistantDependencies): Promise<Assistant> {
  const { config, repoRoot } = deps;
  const clock = deps.clock ?? (() => new Date());
  const corpusDir = path.resolve(repoRoot, config.CORPUS_DIR);
  const store = new IndexStore(path.resolve(repoRoot, config.DATA_DIR));
  const embedder = deps.embedder ?? (await createEmbeddings(config));
  const buildOptions = { repoRoot, corpusDir, store, embedder, clock, extras: indexExtras };

  let reindexing = false;
  let queue: Promise<unknown> = Promise.resolve();
  /** Index builds never overlap: each waits for the one before it. */
  const serialized = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  async function loadSnapshot(): Promise<{ snapshot: IndexSnapshot; context: AnswerContext }> {
    const snapshot = await openIndex(store, embedder, EXTRA_NAMES);
    const stats = TermStatistics.fromLexicalIndex(snapshot.lexical);
    const context: AnswerContext = { index: snapshot, stats };
    context.tools = createToolAnswerer(() => context, clock);
    return { snapshot, context };
  }

  async function rebuild(onProgress = deps.onProgress): Promise<BuildSummary> {
    reindexing = true;
    try {
      const summary = await buildIndex({ ...buildOptions, onProgress });
      if (summary.rebuilt || !current) current = await loadSnapshot();
      return summary;
    } finally {
      reindexing = false;
    }
  }

  let current: { snapshot: IndexSnapshot; context: AnswerContext } | null = null;
  // buildIndex is a no-op on a fresh index (hashes only); either way the snapshot is loaded once.
  await serialized(() => rebuild());
  const serving = () => current!;

  // The LLM mode loads only when wanted: the offline default starts exactly as before.
  const wantsLlm = deps.chatModel !== null && (deps.chatModel !== undefined || config.LLM_PROVIDER !== 'none');
  const llmModule = wantsLlm ? await import('../llm/index.js') : null;
  const chatModel = llmModule ? (deps.chatModel ?? (await llmModule.createChatModel(config))?.model) : undefined;
  const llm: LlmComposer | null = llmModule && chatModel
    ? await llmModule.createLlmComposer({
        model: chatModel,
        index: () => serving().snapshot,
        extractive: (question, history) => answerQuestion(serving().context, question, history),
        clock,
        timeoutMs: config.LLM_TIMEOUT_MS,
      })
    : null;

  const toReindexSummary = (s: BuildSummary): ReindexSummary => ({
    added: s.added, changed: s.changed, removed: s.removed, unchanged: s.unchanged, failed: s.failed, durationMs: s.durationMs,
  });

  return {
    async ask(question: string, options: AskOptions = {}) {
      if (!llm) return answerQuestion(serving().context, question, options.history ?? []);
      // Plain (non-streamed) requests: every OpenAI-compatible server supports them, also with tools.
      return finalAnswerOf(llm.compose(question, { history: options.history, signal: options.signal, stream: false }));
    },

    askStream(question: string, options: AskOptions = {}) {
      if (!llm) return streamOfAnswer(answerQuestion(serving().context, question, options.history ?? []));
      return llm.compose(question, { history: options.history, signal: options.signal, stream: true });
    },

    passage(chunkId: string): Passage | null {
      const { snapshot } = serving();
      const chunk = snapshot.chunksById.get(chunkId);
      const doc = chunk && snapshot.documentsById.get(chunk.docId);
      if (!chunk || !doc) return null;
      const citation = makeCitation(doc, chunk, chunk.start, chunk.end);
      return citation ? { citation, text: maskPersonalData(chunk.text) } : null;
    },

    status(): IndexStatus {
      const { snapshot } = serving();
      return {
        documents: snapshot.documents.length,
        chunks: snapshot.chunks.length,
        builtAt: snapshot.manifest.builtAt,
        sizeBytes: snapshot.sizeBytes,
        embedder: snapshot.manifest.embedder,
        reindexing,
      };
    },

    documents(): DocumentSummary[] {
      const { snapshot } = serving();
      return snapshot.documents.map((d) => ({
        id: d.id,
        source: d.source,
        title: d.title,
        kind: d.kind,
        asOf: d.asOf,
        chunks: snapshot.manifest.files[d.source]?.chunks ?? 0,
        pages: d.pages.length > 0 ? d.pages.length : null,
        parts: d.parts.map((p) => p.title),
      }));
    },

    reindex: () => serialized(async () => toReindexSummary(await rebuild())),

    addDocument: (fileName: string, bytes: Buffer) =>
      serialized(async (): Promise<AddedDocument> => {
        const safeName = path.basename(fileName).replace(/[^\p{L}\p{N}._-]+/gu, '-');
        const ext = path.extname(safeName).toLowerCase();
        if (!ACCEPTED_UPLOADS.has(ext)) {
          throw new IngestError('UNSUPPORTED_TYPE', fileName, `"${fileName}" desteklenmeyen bir dosya türü; yalnızca PDF, TXT ve MD eklenebilir.`);
        }
        // Validate in a scratch folder first: a bad upload never touches the corpus or the index.
        const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'kurum-yukleme-'));
        try {
          await fs.writeFile(path.join(scratch, safeName), bytes);
          await readCorpusDocument({ repoRoot: scratch, corpusDir: scratch, relPath: safeName, catalog: [] });
        } finally {
          await fs.rm(scratch, { recursive: true, force: true });
        }
        const relPath = path.join(UPLOADS_FOLDER, safeName);
        await fs.mkdir(path.join(corpusDir, UPLOADS_FOLDER), { recursive: true });
        await fs.writeFile(path.join(corpusDir, relPath), bytes);
        await rebuild();
        const source = path.relative(repoRoot, path.join(corpusDir, relPath)).split(path.sep).join('/');
        const { snapshot } = serving();
        const doc = snapshot.documents.find((d) => d.source === source);
        if (!doc) {
          const reason = snapshot.manifest.failed.find((f) => f.source === source)?.reason ?? 'bilinmeyen hata';
          await fs.rm(path.join(corpusDir, relPath), { force: true });
          await rebuild();
          throw new IngestError('FILE_UNREADABLE', fileName, reason);
        }
        return {
          id: doc.id, source: doc.source, title: doc.title, pages: doc.pages.length > 0 ? doc.pages.length : null,
          chunks: snapshot.manifest.files[doc.source]?.chunks ?? 0,
        };
      }),

    removeDocument: (id: string) =>
      serialized(async () => {
        const doc = serving().snapshot.documentsById.get(id);
        if (!doc) return false;
        await fs.rm(path.resolve(repoRoot, doc.source), { force: true });
        await rebuild();
        return true;
      }),
  };
}

