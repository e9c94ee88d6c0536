import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { AnswerLabels, ToolStep } from '../present/index.js';
import type { KnownBlock } from './blocks/block-types.js';
import { stepChunk } from './blocks/render-steps.js';
import { describeError } from './describe-error.js';
import type { StreamBudget } from './stream-budget.js';

type ChatStreamer = ReturnType<WebClient['chatStream']>;
type Chunk = NonNullable<Parameters<ChatStreamer['append']>[0]['chunks']>[number];

export interface StreamTarget {
  channel: string;
  threadTs: string;
  /** Required by Slack outside a DM: who the stream is for, and their workspace. */
  recipientUserId: string;
  teamId: string;
}

export interface StreamWriterDeps {
  /** A Web API client that fails fast on a rate limit (instead of pausing every call of the bot). */
  streamClient: WebClient;
  streamBudget: StreamBudget;
  logger: Logger;
  now?: () => number;
  /** Runs `flush` after `ms` and returns a cancel function (tests pass one they control). */
  schedule?: (flush: () => void, ms: number) => () => void;
}

const scheduleWithTimer = (flush: () => void, ms: number) => {
  const timer = setTimeout(flush, ms).unref();
  return () => clearTimeout(timer);
};

/** Text is sent about once a second per answer: readable, and far under Slack's per-workspace limits. */
const TEXT_INTERVAL_MS = 1000;

/**
 * The model's text can hold what Slack reads as a mention ("<!channel>", "<@U1>"): a zero-width space
 * after "<" keeps it as text.
 */
function neutraliseMentions(text: string): string {
  return text.replace(/<([!@#])/g, '<\u200b$1');
}

function retryAfterOf(error: unknown): number | null {
  const e = error as { code?: string; retryAfter?: number; data?: { error?: string } };
  if (e?.code === 'slack_webapi_rate_limited_error') return e.retryAfter ?? 30;
  if (e?.data?.error === 'ratelimited' || e?.data?.error === 'rate_limited') return 30;
  return null;
}

/**
 * One answer streamed into a Slack thread with Bolt's chatStream helper: chat.startStream on the first
 * text or tool step, chat.appendStream for text (at most about once a second, and only while the
 * workspace's budget allows; held text goes out with the next call) and for each tool step as a task
 * update, chat.stopStream with the blocks of the verified answer. Slack calls are made one at a time, in
 * order. Any failure marks the stream broken: the caller then posts the answer as one message.
 */
export class AnswerStreamWriter {
  #streamer: ChatStreamer;
  #pending = '';
  #lastTextAt = 0;
  #cancelTimer: (() => void) | null = null;
  #queue: Promise<void> = Promise.resolve();
  #started = false;
  /** The first call (chat.startStream) has been queued. */
  #requested = false;
  #broken = false;
  #stopped = false;
  readonly #now: () => number;
  readonly #schedule: NonNullable<StreamWriterDeps['schedule']>;

  private constructor(
    private readonly deps: StreamWriterDeps,
    private readonly target: StreamTarget,
    private readonly labels: AnswerLabels,
  ) {
    this.#now = deps.now ?? Date.now;
    this.#schedule = deps.schedule ?? scheduleWithTimer;
    this.#streamer = deps.streamClient.chatStream({
      channel: target.channel,
      thread_ts: target.threadTs,
      recipient_user_id: target.recipientUserId,
      recipient_team_id: target.teamId,
      task_display_mode: 'timeline',
      // Every append() is sent when we call it: the pacing is ours (budget and interval), not a buffer size.
      buffer_size: 1,
    });
  }

  /** A writer if the workspace's budget can carry a whole stream now; null means: post one final message. */
  static open(deps: StreamWriterDeps, target: StreamTarget, labels: AnswerLabels): AnswerStreamWriter | null {
    if (!deps.streamBudget.tryStart(target.teamId)) {
      deps.logger.info(`Akış bütçesi dolu (${target.teamId}): yanıt tek mesaj olarak gönderilecek.`);
      return null;
    }
    return new AnswerStreamWriter(deps, target, labels);
  }

  /** Slack refused a streaming call: the answer must be posted as one message. */
  get broken(): boolean {
    return this.#broken;
  }

  /** The streamed message, once chat.startStream has answered. */
  get ts(): string | undefined {
    return this.#streamer.ts;
  }

  text(delta: string): void {
    if (this.#broken || this.#stopped || delta === '') return;
    this.#pending += neutraliseMentions(delta);
    if (!this.#requested || this.#now() - this.#lastTextAt >= TEXT_INTERVAL_MS) this.#flush([]);
    else this.#cancelTimer ??= this.#schedule(() => this.#flush([]), TEXT_INTERVAL_MS);
  }

  /** Resolves when every Slack call asked for so far has been answered. */
  async idle(): Promise<void> {
    await this.#queue;
  }

  /** A tool step, shown at once: what the answer is waiting for matters more than text pacing. */
  step(step: ToolStep): void {
    if (this.#broken || this.#stopped) return;
    this.#flush([stepChunk(step, this.labels)]);
  }

  /**
   * Ends the stream with `blocks` under it (sources, feedback) and the text still held. True when the
   * message is complete in Slack; false when the caller must post the answer itself.
   */
  async finish(blocks: KnownBlock[]): Promise<boolean> {
    this.#clearTimer();
    await this.#queue;
    if (this.#stopped) return !this.#broken;
    this.#stopped = true;
    if (this.#broken || !this.#started) return false;
    this.deps.streamBudget.chargeStop(this.target.teamId);
    try {
      await this.#streamer.stop({ ...(this.#pending ? { markdown_text: this.#pending } : {}), blocks });
      this.#pending = '';
      return true;
    } catch (error) {
      this.#fail('chat.stopStream', error);
      return false;
    }
  }

  #flush(chunks: Chunk[]): void {
    this.#clearTimer();
    this.#requested = true;
    if (this.#pending !== '') this.#lastTextAt = this.#now();
    this.#queue = this.#queue.then(async () => {
      if (this.#broken || this.#stopped) return;
      const text = this.#pending;
      if (text === '' && chunks.length === 0) return;
      // The start was paid for when the writer opened; each later call needs room in the budget.
      if (this.#started && !this.deps.streamBudget.tryAppend(this.target.teamId)) {
        if (chunks.length > 0) this.deps.logger.debug('Akış bütçesi dolu: araç adımı atlandı.');
        return;
      }
      const all: Chunk[] = [...(text ? [{ type: 'markdown_text' as const, text }] : []), ...chunks];
      this.#pending = '';
      try {
        await this.#streamer.append({ chunks: all });
        this.#started = true;
      } catch (error) {
        const retryAfter = retryAfterOf(error);
        if (retryAfter !== null && this.#started) {
          // Over Slack's limit: nothing more streams in this workspace for a while; the text waits for stop.
          this.deps.streamBudget.rateLimited(this.target.teamId, retryAfter);
          this.#pending = text + this.#pending;
          return;
        }
        if (retryAfter !== null) this.deps.streamBudget.rateLimited(this.target.teamId, retryAfter);
        this.#fail(this.#started ? 'chat.appendStream' : 'chat.startStream', error);
      }
    });
  }

  #fail(method: string, error: unknown): void {
    this.#broken = true;
    this.deps.logger.warn(`${method} başarısız, yanıt tek mesaj olarak gönderilecek: ${describeError(error)}`);
  }

  #clearTimer(): void {
    this.#cancelTimer?.();
    this.#cancelTimer = null;
  }
}
