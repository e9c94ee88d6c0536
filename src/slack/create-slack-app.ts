import type { ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { App, LogLevel, SocketModeReceiver, type Logger } from '@slack/bolt';
import { ConsoleLogger } from '@slack/logger';
import { WebClient, type RetryOptions } from '@slack/web-api';
import type { Assistant, DocumentSummary } from '../answer/assistant.js';
import { readSuggestedQuestions, type SuggestedQuestion } from '../present/index.js';
import type { Config } from '../config/index.js';
import { assistantJobRunner, type JobRunner } from '../jobs/job-runner.js';
import { newProcessId, type Store } from '../store/index.js';
import { dedupeEvents, EVENT_CLAIM_MS, eventClaimKey } from './dedupe-events.js';
import { describeError } from './describe-error.js';
import { HardenedReceiver } from './http/hardened-receiver.js';
import { createBoundedSlackFetch } from './network/bounded-slack-fetch.js';
import { createNetwork } from './network/proxy-fetch.js';
import { SlackUnreachableError, waitForSlack } from './network/wait-for-slack.js';
import { trustedSlackFileHosts } from './download-slack-file.js';
import { registerListeners } from './listeners/index.js';
import { SlackConfigError } from './slack-config-error.js';
import type { SlackDeps } from './slack-deps.js';
import { AnswerStore } from './state/answer-store.js';
import { startInstanceDuties } from './state/instance-duties.js';
import { ChannelScopeStore } from './state/channel-scopes.js';
import { RateLimiter } from './state/rate-limiter.js';
import { ThreadLanes } from './state/thread-lanes.js';
import { ThreadMemory } from './state/thread-memory.js';
import { StreamBudget } from './stream-budget.js';

export interface CreateSlackAppOptions {
  config: Config;
  assistant: Assistant;
  /** The shared state (openStore): threads, answers, feedback, claims, rate limits, jobs. Owned by the caller. */
  store: Store;
  /** This process's id in the store (default: newProcessId()). */
  instanceId?: string;
  /**
   * Index jobs run here when this instance holds the worker lease (default: through `assistant`); false leaves
   * them to another process (`npm run worker`). Default follows config.INDEX_WORKER.
   */
  worker?: JobRunner | false;
  clock?: () => Date;
  logger?: Logger;
  /** Overrides config.PORT; 0 picks a free port (tests). */
  port?: number;
  /** Interface to listen on (default: all). */
  host?: string;
  /** Where suggested-prompts.json is looked for; default: CORPUS_DIR resolved from the working directory. */
  corpusDir?: string;
  /** Web API client settings; tests pass `retryConfig: { retries: 0 }` (the default retries for ~30 minutes). */
  webClient?: { retryConfig?: RetryOptions; timeout?: number; maxInFlight?: number };
  /** How long start() keeps trying to reach Slack (auth.test) before giving up (default 20 s). */
  startupDeadlineMs?: number;
  /** Used for file downloads and response_url calls. */
  fetchFn?: typeof fetch;
  answerTimeoutMs?: number;
  slowNoticeMs?: number;
  maxUploadBytes?: number;
}

export interface SlackAppHandle {
  app: App;
  mode: 'http' | 'socket';
  instanceId: string;
  /** Verifies the token (auth.test), then listens. HTTP mode resolves with the bound port. */
  start(): Promise<{ port: number }>;
  /** Stops listening and waits (up to 10 s) for answers still being prepared. */
  stop(): Promise<void>;
}

/**
 * The Slack edge: a Bolt app whose Events API, slash commands and interactivity all arrive at POST /slack/events,
 * with GET /healthz on the same port (HTTP mode), or over Socket Mode when SLACK_APP_TOKEN is set. Requests are
 * acknowledged before any work (`processBeforeResponse: false`); the work continues in the background.
 */
export function createSlackApp(options: CreateSlackAppOptions): SlackAppHandle {
  const { config, assistant } = options;
  if (!config.SLACK_BOT_TOKEN) throw new SlackConfigError('Slack modu için SLACK_BOT_TOKEN gerekli (xoxb-...).');
  const socketMode = Boolean(config.SLACK_APP_TOKEN);
  if (!socketMode && !config.SLACK_SIGNING_SECRET) {
    throw new SlackConfigError('HTTP modu için SLACK_SIGNING_SECRET gerekli (veya Socket Mode için SLACK_APP_TOKEN).');
  }
  const port = options.port ?? config.PORT;
  const clock = options.clock ?? (() => new Date());
  const { store } = options;
  const instanceId = options.instanceId ?? newProcessId();
  const claimOnce = (key: string) => store.claims.claim(key, EVENT_CLAIM_MS);
  const pending = new Set<Promise<unknown>>();

  const logger: Logger = options.logger ?? new ConsoleLogger();
  if (!options.logger) logger.setLevel(LogLevel.INFO);
  const network = createNetwork({ httpsProxy: config.HTTPS_PROXY, httpProxy: config.HTTP_PROXY, noProxy: config.NO_PROXY });
  const apiUrl = withTrailingSlash(config.SLACK_API_URL ?? 'https://slack.com/api/');
  // Every Web API call (and response_url post) goes through one bounded fetch: timeout per attempt, retries that
  // wait per call, a log line per retry and failure. The WebClient's own retries are off, and a 429 we give up on
  // is rejected instead of pausing the client's whole queue.
  const slackFetch = createBoundedSlackFetch({
    logger,
    fetch: network.fetch,
    ...(options.webClient?.timeout !== undefined ? { timeoutMs: options.webClient.timeout } : {}),
    ...(options.webClient?.retryConfig?.retries !== undefined ? { retries: options.webClient.retryConfig.retries } : {}),
    ...(options.webClient?.maxInFlight !== undefined ? { maxInFlight: options.webClient.maxInFlight } : {}),
  });
  const clientOptions = {
    slackApiUrl: apiUrl,
    fetch: slackFetch,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    // Calls are bounded by the fetch above (timeouts, in-flight cap); a small p-queue would only add waiting.
    maxRequestConcurrency: 1000,
  };
  let notReady: string | null = 'başlatılıyor';
  const health = (_req: unknown, res: ServerResponse) => writeHealth(res, assistant, notReady);
  const front = new HardenedReceiver({
    signingSecret: config.SLACK_SIGNING_SECRET ?? '',
    logger,
    endpoint: '/slack/events',
    routes: { '/healthz': health },
    claimSignature: (key, ttlMs) => store.claims.claim(key, ttlMs),
    releaseSignature: (key) => store.claims.release(key),
    claimEvent: (eventId) => claimOnce(eventClaimKey(eventId)),
    notReady: () => notReady,
    clock,
  });
  const receiver = socketMode
    ? new SocketModeReceiver({
        appToken: config.SLACK_APP_TOKEN!,
        logger,
        ...(network.dispatcher ? { dispatcher: network.dispatcher as never } : {}),
        installerOptions: { clientOptions },
      })
    : front;

  const app = new App({
    token: config.SLACK_BOT_TOKEN,
    receiver,
    processBeforeResponse: false,
    // auth.test runs in start(), bounded, where an unreachable Slack becomes a clear start-up error.
    deferInitialization: true,
    logger,
    clientOptions,
  });
  const admins = new Set(config.SLACK_ADMIN_USERS);

  const deps: SlackDeps = {
    config,
    assistant,
    logger,
    clock,
    store,
    instanceId,
    threads: new ThreadMemory(store),
    lanes: new ThreadLanes(),
    answers: new AnswerStore(store, clock),
    rateLimiter: new RateLimiter(store, config.RATE_LIMIT_PER_MINUTE),
    claimOnce,
    // Same bounded client settings as Bolt's; a rate-limited streaming call fails at once (the answer is then
    // posted as one message) instead of waiting for the Retry-After.
    streamClient: new WebClient(config.SLACK_BOT_TOKEN, { ...clientOptions, logger }),
    streamBudget: new StreamBudget(config.SLACK_STREAM_CALLS_PER_MINUTE, () => clock().getTime()),
    channelScopes: new ChannelScopeStore(store, clock),
    suggestedQuestions: suggestedQuestionsOf(options.corpusDir ?? config.CORPUS_DIR, assistant, logger),
    isAdmin: (userId) => userId !== undefined && admins.has(userId),
    botToken: config.SLACK_BOT_TOKEN,
    trustedFileHosts: trustedSlackFileHosts(config.SLACK_API_URL),
    fetchFn: options.fetchFn ?? network.fetch,
    maxUploadBytes: options.maxUploadBytes ?? 50 * 1024 * 1024,
    answerTimeoutMs: options.answerTimeoutMs ?? 120_000,
    slowNoticeMs: options.slowNoticeMs ?? 15_000,
    track: (work) => {
      pending.add(work);
      void work.finally(() => pending.delete(work)).catch(() => undefined);
      return work;
    },
  };

  app.use(dedupeEvents(claimOnce, logger));
  registerListeners(app, deps);
  app.error(async (error) => {
    // Listener failures are turned into messages where they happen; this catches what slipped through.
    logger.error(`Slack dinleyicisinde yakalanmamış hata: ${describeError(error)}`);
  });

  let started = false;
  let duties: { stop(): Promise<void> } | null = null;
  const runner = options.worker ?? (config.INDEX_WORKER ? assistantJobRunner(assistant) : false);
  return {
    app,
    mode: socketMode ? 'socket' : 'http',
    instanceId,
    async start() {
      // Health answers from the first moment ("not ready: …" while Slack is being reached), in both modes.
      await front.start(socketMode ? port : port, options.host);
      try {
        await waitForSlack({
          apiUrl,
          token: config.SLACK_BOT_TOKEN!,
          fetch: network.fetch,
          logger,
          proxy: network.describe(),
          ...(options.startupDeadlineMs !== undefined ? { deadlineMs: options.startupDeadlineMs } : {}),
          onWaiting: (reason) => {
            notReady = reason;
          },
        });
        await app.init();
      } catch (cause) {
        await front.stop();
        await network.close();
        if (cause instanceof SlackUnreachableError) throw cause;
        throw new SlackConfigError(`Slack belirteci doğrulanamadı (auth.test): ${describeError(cause)}`);
      }
      notReady = 'başlatılıyor (yarıda kalan yanıtlar tamamlanıyor)';
      // Before taking events: placeholders a crashed instance left are replaced, the heartbeat says who serves what.
      duties = await startInstanceDuties({ store, instanceId, assistant, client: app.client, logger, runner });
      if (socketMode) await app.start();
      started = true;
      notReady = null;
      return { port: front.port() ?? port };
    },
    async stop() {
      notReady = 'durduruluyor';
      if (started) {
        started = false;
        if (socketMode) await app.stop();
      }
      await front.stop();
      const timeout = new Promise((r) => setTimeout(r, 10_000).unref());
      await Promise.race([Promise.allSettled([...pending]), timeout]);
      await duties?.stop();
      duties = null;
      await network.close();
    },
  };
}

/**
 * The questions to offer, read on first use (the document list needs the loaded index) and kept: a malformed
 * prompts file is reported once and replaced by questions built from the document titles.
 */
function suggestedQuestionsOf(corpusDir: string, assistant: Assistant, logger: Logger): () => SuggestedQuestion[] {
  let cached: SuggestedQuestion[] | null = null;
  return () => {
    if (cached) return cached;
    let documents: DocumentSummary[] = [];
    try {
      documents = assistant.documents();
    } catch (error) {
      logger.warn(`Önerilen sorular için belge listesi alınamadı: ${describeError(error)}`);
    }
    const { questions, problem } = readSuggestedQuestions(resolve(corpusDir), documents);
    if (problem) logger.warn(`Önerilen sorular: ${problem} Belge adlarından sorular öneriliyor.`);
    cached = questions;
    return questions;
  };
}

/** The WebClient appends method names to this base: it must end with "/" ("https://slack.com/api/"). */
function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

function writeHealth(res: ServerResponse, assistant: Assistant, notReady: string | null): void {
  const send = (status: number, body: Record<string, unknown>) => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };
  if (notReady) return send(503, { ok: false, ready: false, reason: `not ready: ${notReady}` });
  try {
    const status = assistant.status();
    send(200, {
      ok: true,
      ready: true,
      documents: status.documents,
      chunks: status.chunks,
      builtAt: status.builtAt,
      reindexing: status.reindexing,
      version: status.version,
      problem: status.problem,
    });
  } catch (error) {
    send(503, { ok: false, ready: false, reason: `not ready: ${describeError(error)}` });
  }
}
