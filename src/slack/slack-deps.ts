import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Assistant } from '../answer/assistant.js';
import type { Config } from '../config/index.js';
import type { SuggestedQuestion } from '../present/index.js';
import type { Store } from '../store/index.js';
import type { AnswerStore } from './state/answer-store.js';
import type { ChannelScopeStore } from './state/channel-scopes.js';
import type { RateLimiter } from './state/rate-limiter.js';
import type { ThreadLanes } from './state/thread-lanes.js';
import type { ThreadMemory } from './state/thread-memory.js';
import type { StreamBudget } from './stream-budget.js';

/** Everything a listener needs, passed in (no globals, no process.env): listeners stay testable. */
export interface SlackDeps {
  config: Config;
  assistant: Assistant;
  logger: Logger;
  clock: () => Date;
  /** The shared state database: every instance reads and writes the same rows. */
  store: Store;
  /** This process in the store's instance registry (placeholders, `/dizin durum`). */
  instanceId: string;
  threads: ThreadMemory;
  /** Answers of one conversation run one after another, in arrival order. */
  lanes: ThreadLanes;
  answers: AnswerStore;
  rateLimiter: RateLimiter;
  /**
   * First claim wins, across instances and restarts: an event id (Slack retries), a message (an @mention also
   * arrives as a message event), an uploaded file (file_shared can arrive more than once).
   */
  claimOnce(key: string): Promise<boolean>;
  /** Admin limits of channels to some documents (`/dizin kanal`), shared by every instance. */
  channelScopes: ChannelScopeStore;
  /** chat.*Stream calls go through this client: it fails fast on a rate limit instead of pausing the bot. */
  streamClient: WebClient;
  /** Per-workspace allowance of streaming calls, shared by every answer streaming at once. */
  streamBudget: StreamBudget;
  /** Offered in the agent view and App Home (CORPUS_DIR/suggested-prompts.json, else built from titles). */
  suggestedQuestions(): SuggestedQuestion[];
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
