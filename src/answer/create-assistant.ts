import path from 'node:path';
import { normalizeInputText } from '../text/normalize-input-text.js';
import type { Config } from '../config/index.js';
import type { BuildProgress } from '../ingest/build-index.js';
import { IngestError } from '../ingest/ingest-error.js';
import { describeBuildFailure } from '../indexing/describe-build-failure.js';
import { createIndexBuilder } from '../indexing/index-builder.js';
import { toReindexSummary } from '../indexing/reindex-summary.js';
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
import { oneAtATime } from './one-at-a-time.js';

export interface AssistantDependencies {
  config: Config;
  /** Repository root: `source` paths in citations are relative to it, CORPUS_DIR/DATA_DIR resolve from it. */
  repoRoot: string;
  clock?: () => Date;
  /** Progress of an index build; the CLI turns it into a bar or plain lines. */
  onProgress?: (event: BuildProgress) => void;
  /** Why the served index is older than the corpus, or that a build waits for another (CLI: stderr; Slack: the log). */
  onWarning?: (message: string) => void;
  /** Overrides the configured embedder (tests pass a failing one to prove the swap is atomic); builds then run in-process. */
  embedder?: NamedEmbeddings;
  /**
   * The chat model of the LLM mode; by default the one LLM_PROVIDER configures (none: extractive only).
   * Tests pass a real ChatOpenAI pointed at a local stand-in; null forces the extractive mode.
   */
  chatModel?: BaseChatModel | null;
  /** Poll DATA_DIR/CURRENT this often and swap to a version another process published (0: never; default 1000 ms). */
  watchIntervalMs?: number;
  /**
   * Run index changes after start-up (re-index, add, remove) in a child process, so a serving process (the
   * Slack bot) keeps its event loop free. The start-up build always runs here: nothing is served yet, and a
   * one-shot CLI saves a process start.
   */
  childBuilds?: boolean;
}

/**
 * Builds (or loads) the index and returns the engine. At start the index is brought up to date; if that build
 * fails (bad catalog, missing folder, full disk) but a good index exists, the good one serves and `status().problem`
 * says why. Builds take the build lock (src/indexing); with `childBuilds` later ones run in a child process, so answers keep flowing; the new
 * version is loaded beside the serving snapshot and swapped in one assignment — also when another process
 * (the worker, `npm run ingest`) published it.
 */
export async function createAssistant(deps: AssistantDependencies): Promise<Assistant> {
  const { config, repoRoot } = deps;
  const clock = deps.clock ?? (() => new Date());
  const store = new IndexStore(path.resolve(repoRoot, config.DATA_DIR));
  const embedder = deps.embedder ?? (await createEmbeddings(config));
  const here = createIndexBuilder({ config, repoRoot, inProcess: { embedder, extras: indexExtras, clock } });
  // An injected embedder cannot cross a process boundary: with one, every build stays in this process.
  const builder = deps.childBuilds && !deps.embedder ? createIndexBuilder({ config, repoRoot }) : here;
  const warn = deps.onWarning ?? (() => {});
  /** A failure as admins read it: repository-relative paths ("corpus/catalog.json"), never the server's layout. */
  const failureText = (error: unknown) => describeBuildFailure(error).replaceAll(`${path.resolve(repoRoot)}${path.sep}`, '');
  const hooks = {
    onProgress: deps.onProgress,
    onWait: (holder: string) => warn(`Başka bir dizinleme sürüyor (${holder}); sırası gelince bu dizinleme başlayacak…`),
  };

  let reindexing = false;
  let problem: string | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  /** Index changes from this process never overlap: each waits for the one before it. */
  const serialized = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  interface Serving {
    snapshot: IndexSnapshot;
    context: AnswerContext;
    version: string;
  }
  let current: Serving | null = null;

  async function loadSnapshot(): Promise<Serving> {
    const snapshot = await openIndex(store, embedder, EXTRA_NAMES);
    const stats = TermStatistics.fromLexicalIndex(snapshot.lexical);
    const context: AnswerContext = { index: snapshot, stats };
    context.tools = createToolAnswerer(() => context, clock);
    return { snapshot, context, version: path.basename(snapshot.buildDir) };
  }

  let refreshing: Promise<boolean> | null = null;
  /** Swaps to the version CURRENT names when it differs from the serving one. */
  function refresh(): Promise<boolean> {
    refreshing ??= (async () => {
      try {
        const version = await store.currentVersion();
        if (!version || version === current?.version) return false;
        current = await loadSnapshot();
        return true;
      } finally {
        refreshing = null;
      }
    })();
    return refreshing;
  }

  /** Runs an index change; a failed re-index (not a refused upload) is remembered as the problem admins see. */
  async function change<T>(operation: () => Promise<T>, isReindex = false): Promise<T> {
    reindexing = true;
    try {
      const result = await operation();
      problem = null;
      await refresh();
      return result;
    } catch (error) {
      if (isReindex) problem = failureText(error);
      throw error;
    } finally {
      reindexing = false;
    }
  }

  try {
    await serialized(() => change(() => here.reindex(hooks), true));
  } catch (error) {
    // A failed start-up build is not an outage while a good index exists: serve it and say why.
    if (!(await store.currentVersion())) throw error;
    warn(`Dizin güncellenemedi, son sağlam dizin kullanılıyor: ${failureText(error)}`);
  }
  if (!current) await refresh();
  if (!current) current = await loadSnapshot();
  const serving = () => current!;

  // The LLM mode loads only when wanted: the offline default starts exactly as before.
  const wantsLlm = deps.chatModel !== null && (deps.chatModel !== undefined || config.LLM_PROVIDER !== 'none');
  const llmModule = wantsLlm ? await import('../llm/index.js') : null;
  const named = llmModule && !deps.chatModel ? await llmModule.createChatModel(config) : null;
  const chatModel = llmModule ? (deps.chatModel ?? named?.model) : undefined;
  const llm: LlmComposer | null = llmModule && chatModel
    ? await llmModule.createLlmComposer({
        model: chatModel,
        index: () => serving().snapshot,
        extractive: (question, history, scope) => answerQuestion(serving().context, question, history, scope),
        clock,
        timeoutMs: config.LLM_TIMEOUT_MS,
        endpoint: named?.name,
      })
    : null;

  const watchMs = deps.watchIntervalMs ?? 1000;
  const watcher =
    watchMs > 0
      ? setInterval(() => {
          refresh().catch((error: unknown) => warn(`Yeni dizin sürümü yüklenemedi, eskisi kullanılıyor: ${(error as Error).message}`));
        }, watchMs)
      : null;
  watcher?.unref();


  const answering = oneAtATime();
  return {
    async ask(raw: string, options: AskOptions = {}) {
      const question = normalizeInputText(raw);
      // The offline answer is CPU-bound: one at a time, each after pending requests were read (one-at-a-time.ts).
      if (!llm) return answering(() => answerQuestion(serving().context, question, options.history ?? [], options.scope));
      // Plain (non-streamed) requests: every OpenAI-compatible server supports them, also with tools.
      return finalAnswerOf(llm.compose(question, { history: options.history, signal: options.signal, scope: options.scope, stream: false }));
    },

    askStream(raw: string, options: AskOptions = {}) {
      const question = normalizeInputText(raw);
      if (!llm) return streamOfAnswer(answering(() => answerQuestion(serving().context, question, options.history ?? [], options.scope)));
      return llm.compose(question, { history: options.history, signal: options.signal, scope: options.scope, stream: true });
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
      const { snapshot, version } = serving();
      return {
        documents: snapshot.documents.length,
        chunks: snapshot.chunks.length,
        builtAt: snapshot.manifest.builtAt,
        sizeBytes: snapshot.sizeBytes,
        embedder: snapshot.manifest.embedder,
        reindexing,
        version,
        problem,
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

    reindex: (options = {}) => serialized(async () => toReindexSummary(await change(() => builder.reindex({ ...hooks, full: options.full }), true))),

    addDocument: (fileName: string, bytes: Buffer) =>
      serialized(async (): Promise<AddedDocument> => {
        const added = await change(() => builder.addFile(fileName, bytes, hooks));
        const { snapshot } = serving();
        const doc = snapshot.documents.find((d) => d.source === added.source);
        if (!doc) throw new IngestError('FILE_UNREADABLE', fileName, `${fileName} dizine eklenemedi.`);
        return {
          id: doc.id, source: doc.source, title: doc.title, pages: doc.pages.length > 0 ? doc.pages.length : null,
          chunks: snapshot.manifest.files[doc.source]?.chunks ?? 0,
          storedAs: added.storedAs, versionOf: added.versionOf, duplicateOf: added.duplicateOf,
        };
      }),

    removeDocument: (id: string) =>
      serialized(async () => {
        const doc = serving().snapshot.documentsById.get(id);
        if (!doc) return false;
        await change(() => builder.removeFile(doc.source, hooks));
        return true;
      }),

    refresh,

    async close() {
      if (watcher) clearInterval(watcher);
    },
  };
}
