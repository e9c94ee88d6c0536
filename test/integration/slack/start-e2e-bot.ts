import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Assistant } from '../../../src/answer/assistant.js';
import { loadConfig, type Config } from '../../../src/config/index.js';
import { createSlackApp, type SlackAppHandle } from '../../../src/slack/index.js';
import { openStore, type Store } from '../../../src/store/index.js';
import { FakeAssistant } from '../../fakes/fake-assistant.js';
import { RecordingAssistant } from '../../fakes/recording-assistant.js';
import { createMemoryLogger } from '../../fakes/silent-logger.js';
import { SlackApiStandIn } from '../../fakes/slack-api-stand-in.js';
import {
  buttonClick,
  eventEnvelope,
  feedbackClick,
  postSigned,
  slashCommand,
  viewSubmission,
  type SignedPostOptions,
} from '../../fakes/slack-requests.js';

export type E2eEngine = 'fake' | 'real';

/**
 * Which engine the end-to-end suite runs on. `real` = createAssistant over a temp copy of the corpus (without
 * the gazette, which the suite then uploads); `fake` = test/fakes/fake-assistant.ts.
 */
export const E2E_ENGINE: E2eEngine = process.env.SLACK_E2E_ENGINE === 'fake' ? 'fake' : 'real';

export const BOT_TOKEN = 'xoxb-test-kurum';
export const SIGNING_SECRET = 'imza-sirri-test';
export const ADMIN = 'UADMIN001';
const GAZETTE = 'gazete/tebligler-dergisi-2024-s1120.pdf';

export interface E2eBot {
  engine: E2eEngine;
  standIn: SlackApiStandIn;
  assistant: RecordingAssistant;
  /** The running Slack edge (replaced by restart()). */
  handle: SlackAppHandle;
  config: Config;
  store: Store;
  root: string;
  dataDir: string;
  baseUrl: string;
  logger: ReturnType<typeof createMemoryLogger>;
  sendEvent(event: Record<string, unknown>, options?: SignedPostOptions & { eventId?: string }): ReturnType<typeof postSigned>;
  sendCommand(fields: Parameters<typeof slashCommand>[0]): ReturnType<typeof postSigned>;
  click(fields: Parameters<typeof buttonClick>[0]): ReturnType<typeof postSigned>;
  clickFeedback(fields: Parameters<typeof feedbackClick>[0]): ReturnType<typeof postSigned>;
  submitView(fields: Parameters<typeof viewSubmission>[0]): ReturnType<typeof postSigned>;
  /** Stops the Slack edge and starts a new one on the same DATA_DIR and engine (what survives a restart). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export interface StartE2eBotOptions {
  engine?: E2eEngine;
  rateLimitPerMinute?: number;
  slowNoticeMs?: number;
  /** Extra environment (e.g. LLM, streaming or HTTP_PROXY settings) for loadConfig. */
  env?: Record<string, string>;
  /** Keep the gazette in the corpus (the default leaves it out for the upload test). */
  withGazette?: boolean;
  /** Web API client bounds (default: no retries). */
  webClient?: { retryConfig?: { retries: number }; timeout?: number; maxInFlight?: number };
  maxUploadBytes?: number;
}

/** Builds the engine (real or fake), the Slack stand-in, and the bot on a free 127.0.0.1 port. */
export async function startE2eBot(options: StartE2eBotOptions = {}): Promise<E2eBot> {
  const engine = options.engine ?? E2E_ENGINE;
  const root = await mkdtemp(join(tmpdir(), 'kurum-slack-e2e-'));
  const corpusDir = join(root, 'corpus');
  const dataDir = join(root, 'data');
  const standIn = await SlackApiStandIn.start(BOT_TOKEN);
  const config = loadConfig({
    CORPUS_DIR: corpusDir,
    DATA_DIR: dataDir,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: standIn.apiUrl,
    SLACK_ADMIN_USERS: `${ADMIN}, UADMIN002`,
    RATE_LIMIT_PER_MINUTE: String(options.rateLimitPerMinute ?? 5),
    ...options.env,
  });

  let inner: Assistant;
  if (engine === 'real') {
    await cp(new URL('../../../corpus', import.meta.url), corpusDir, { recursive: true });
    if (!options.withGazette) {
      // The gazette is what the suite uploads: leave it out so the upload adds a genuinely new document.
      await rm(join(corpusDir, GAZETTE));
      const catalogPath = join(corpusDir, 'catalog.json');
      const catalog = JSON.parse(await readFile(catalogPath, 'utf8')) as { documents: { path: string }[] };
      catalog.documents = catalog.documents.filter((d) => d.path !== GAZETTE);
      await writeFile(catalogPath, JSON.stringify(catalog, null, 2));
    }
    const { createAssistant } = await import('../../../src/answer/create-assistant.js');
    inner = await createAssistant({ config, repoRoot: root, childBuilds: true });
  } else {
    inner = new FakeAssistant();
  }
  const assistant = new RecordingAssistant(inner);
  const logger = createMemoryLogger();
  const store = await openStore({ dataDir, retentionDays: 30 });
  const startHandle = async () => {
    const started = createSlackApp({
      config,
      assistant,
      store,
      logger,
      port: 0,
      host: '127.0.0.1',
      corpusDir,
      webClient: options.webClient ?? { retryConfig: { retries: 0 } },
      ...(options.maxUploadBytes !== undefined ? { maxUploadBytes: options.maxUploadBytes } : {}),
      slowNoticeMs: options.slowNoticeMs ?? 1500,
    });
    const { port } = await started.start();
    return { started, baseUrl: `http://127.0.0.1:${port}` };
  };
  let { started: handle, baseUrl } = await startHandle();
  const eventsUrl = () => `${baseUrl}/slack/events`;

  const bot: E2eBot = {
    engine,
    standIn,
    assistant,
    handle,
    config,
    store,
    root,
    dataDir,
    baseUrl,
    logger,
    sendEvent: (event, opts = {}) => postSigned(eventsUrl(), SIGNING_SECRET, { json: eventEnvelope(event, opts.eventId) }, opts),
    sendCommand: (fields) => postSigned(eventsUrl(), SIGNING_SECRET, { form: slashCommand(fields) }),
    click: (fields) => postSigned(eventsUrl(), SIGNING_SECRET, { form: buttonClick(fields) }),
    clickFeedback: (fields) => postSigned(eventsUrl(), SIGNING_SECRET, { form: feedbackClick(fields) }),
    submitView: (fields) => postSigned(eventsUrl(), SIGNING_SECRET, { form: viewSubmission(fields) }),
    async restart() {
      await handle.stop();
      ({ started: handle, baseUrl } = await startHandle());
      bot.handle = handle;
      bot.baseUrl = baseUrl;
    },
    async stop() {
      await handle.stop();
      await assistant.close();
      await store.close();
      await standIn.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
  return bot;
}

let tsCounter = 0;
/** A fresh Slack message timestamp. */
export function nextTs(): string {
  tsCounter += 1;
  return `${1716200000 + tsCounter}.${String(tsCounter).padStart(6, '0')}`;
}
