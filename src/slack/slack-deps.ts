import type { Logger } from '@slack/bolt';
import type { Assistant } from '../answer/assistant.js';
import type { Config } from '../config/index.js';
import type { AnswerStore } from './state/answer-store.js';
import type { BoundedLru } from './state/bounded-lru.js';
import type { FeedbackStore } from './state/feedback-store.js';
import type { RateLimiter } from './state/rate-limiter.js';
import type { ThreadMemory } from './state/thread-memory.js';

/** Everything a listener needs, passed in (no globals, no process.env): listeners stay testable. */
export interface SlackDeps {
  config: Config;
  assistant: Assistant;
  logger: Logger;
  clock: () => Date;
  threads: ThreadMemory;
  answers: AnswerStore;
  feedback: FeedbackStore;
  rateLimiter: RateLimiter;
  /** Messages already being answered (`channel:ts`): an @mention arrives as both app_mention and message. */
  claimedMessages: BoundedLru<string, true>;
  /** Uploaded files already being handled (file_shared can arrive more than once). */
  claimedFiles: BoundedLru<string, true>;
  isAdmin(userId: string | undefined): boolean;
  /** Used for file downloads (url_private_download needs the bot token). */
  botToken: string;
  /** Hosts the bot token may be sent to when downloading a file. */
  trustedFileHosts: (host: string) => boolean;
  fetchFn: typeof fetch;
  maxUploadBytes: number;
  answerTimeoutMs: number;
  /** After this long without an answer the placeholder says the bot is still working. */
  slowNoticeMs: number;
  /** Registers background work so stop() can wait for it. */
  track<T>(work: Promise<T>): Promise<T>;
}
