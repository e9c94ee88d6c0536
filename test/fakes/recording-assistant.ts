import type { AddedDocument, Assistant, AskOptions, ConversationTurn, ReindexSummary, SearchScope } from '../../src/answer/assistant.js';
import type { AnswerEvent } from '../../src/answer/answer-stream.js';
import type { Answer } from '../../src/answer/types.js';

export interface RecordedAsk {
  question: string;
  history: ConversationTurn[];
  scope?: SearchScope;
  answer?: Answer;
  error?: unknown;
}

/**
 * Wraps any Assistant (the fake or the real engine) and records what the Slack edge asked of it, with
 * optional delays — so one end-to-end suite can run against either engine.
 */
export class RecordingAssistant implements Assistant {
  readonly asks: RecordedAsk[] = [];
  readonly reindexes: (ReindexSummary | Error)[] = [];
  readonly added: (AddedDocument | Error)[] = [];
  readonly removed: string[] = [];
  askDelayMs = 0;
  reindexDelayMs = 0;
  /** The next ask() fails with this error (an engine crash, as the user must see it). */
  failNextAsk: Error | null = null;

  constructor(readonly inner: Assistant) {}

  async ask(question: string, options: AskOptions = {}): Promise<Answer> {
    const record = await this.#begin(question, options);
    try {
      record.answer = await this.inner.ask(question, options);
      return record.answer;
    } catch (error) {
      record.error = error;
      throw error;
    }
  }

  /** The inner engine's events, passed on as they come; the final answer is recorded like ask's. */
  async *askStream(question: string, options: AskOptions = {}): AsyncGenerator<AnswerEvent> {
    const record = await this.#begin(question, options);
    try {
      for await (const event of this.inner.askStream(question, options)) {
        if (event.type === 'final') record.answer = event.answer;
        yield event;
      }
    } catch (error) {
      record.error = error;
      throw error;
    }
  }

  /** Records the question, waits the configured delay, and fails when a failure is armed. */
  async #begin(question: string, options: AskOptions): Promise<RecordedAsk> {
    const record: RecordedAsk = { question, history: options.history ?? [], ...(options.scope ? { scope: options.scope } : {}) };
    this.asks.push(record);
    if (this.askDelayMs > 0) await sleep(this.askDelayMs);
    const failure = this.failNextAsk;
    this.failNextAsk = null;
    if (failure) {
      record.error = failure;
      throw failure;
    }
    return record;
  }

  passage(chunkId: string) {
    return this.inner.passage(chunkId);
  }

  status() {
    const status = this.inner.status();
    return this.#reindexing ? { ...status, reindexing: true } : status;
  }

  documents() {
    return this.inner.documents();
  }

  #reindexing = false;

  async reindex(options?: { full?: boolean }): Promise<ReindexSummary> {
    this.#reindexing = true;
    try {
      if (this.reindexDelayMs > 0) await sleep(this.reindexDelayMs);
      const summary = await this.inner.reindex(options);
      this.reindexes.push(summary);
      return summary;
    } catch (error) {
      this.reindexes.push(error as Error);
      throw error;
    } finally {
      this.#reindexing = false;
    }
  }

  async addDocument(fileName: string, bytes: Buffer): Promise<AddedDocument> {
    try {
      const added = await this.inner.addDocument(fileName, bytes);
      this.added.push(added);
      return added;
    } catch (error) {
      this.added.push(error as Error);
      throw error;
    }
  }

  async removeDocument(id: string): Promise<boolean> {
    this.removed.push(id);
    return this.inner.removeDocument(id);
  }

  async refresh(): Promise<boolean> {
    return (await this.inner.refresh?.()) ?? false;
  }

  async close(): Promise<void> {
    await this.inner.close?.();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
