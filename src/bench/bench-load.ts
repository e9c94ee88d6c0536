import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Logger } from '@slack/bolt';
import { createAssistant } from '../answer/create-assistant.js';
import { loadConfig } from '../config/index.js';
import { createSlackApp } from '../slack/index.js';
import { MESSAGES } from '../slack/slack-messages.js';
import { openStore } from '../store/index.js';
// The repository's own Slack Web API stand-in and request signer (real HTTP on 127.0.0.1), as the tests use them.
import { SlackApiStandIn } from '../../test/fakes/slack-api-stand-in.js';
import { eventEnvelope } from '../../test/fakes/slack-requests.js';
import { summarize, type LatencySummary } from './measure.js';
import { foldTimeline, sendFromAnotherProcess, timeAnswers, watchServer, type SlackLoadTimeline, type Span } from './slack-load-timeline.js';

export type { SlackLoadTimeline } from './slack-load-timeline.js';

/** One wave of signed requests through the app, measured from Slack's side and on the bot's clock. */
export interface SlackWave {
  events: number;
  /** HTTP status 200 acknowledgements. */
  acked: number;
  /** Events whose placeholder was replaced by an answer. */
  answered: number;
  /** Time until each signed request was acknowledged, as Slack's side saw it (Slack retries after 3 s). */
  ack: LatencySummary;
  /** Time from sending the event until its answer was posted. */
  answer: LatencySummary;
  /** Where the time goes, per request: the server's own clock around each step. */
  timeline: SlackLoadTimeline;
  wallMs: number;
}

/** The burst of `concurrency` questions at once, then a second wave sent while the bot answers. */
export interface SlackLoadResult extends SlackWave {
  concurrency: number;
  /**
   * A second wave through the same app, one request every `spacingMs`: these arrive while the bot is answering,
   * so their acks show whether an ack waits behind answers (the burst's arrive before the first answer starts).
   */
  whileAnswering: SlackWave & { spacingMs: number };
}

export interface JsonlLoadResult {
  questions: number;
  answered: number;
  errors: number;
  /** From spawning `ask --jsonl` to its first answer line (process start, index load, first answer). */
  firstAnswerMs: number;
  wallMs: number;
  /** Answers per second once the first one is out (the index loaded). */
  questionsPerS: number;
  /** Answers per second over the whole run, start-up included. */
  questionsPerSWithStart: number;
}

const silentLogger = (): Logger => {
  let level = 'error' as Parameters<Logger['setLevel']>[0];
  const none = () => undefined;
  return { debug: none, info: none, warn: none, error: none, setLevel: (l) => (level = l), getLevel: () => level, setName: none };
};

const BOT_TOKEN = 'xoxb-bench-kurum';
const SIGNING_SECRET = 'bench-imza-sirri';

/** One request every this many ms in the second wave: faster than the bot answers, so answers queue up. */
const WAVE_SPACING_MS = 40;

/**
 * `concurrency` questions at once through the Slack HTTP endpoint: real signed Events API requests to the
 * Bolt app in HTTP mode (the engine over the given index), the repository's Slack Web API stand-in answering
 * the bot's calls; then as many again, spaced, while the bot is answering. The requests come from a process of
 * their own, as Slack's do. Each user asks once (the per-user rate limit is not what is measured).
 */
export async function benchSlackLoad(options: { repoRoot: string; corpusDir: string; dataDir: string; questions: readonly string[]; concurrency: number }): Promise<SlackLoadResult> {
  const standIn = await SlackApiStandIn.start(BOT_TOKEN);
  const config = loadConfig({
    CORPUS_DIR: options.corpusDir,
    DATA_DIR: options.dataDir,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: standIn.apiUrl,
    RATE_LIMIT_PER_MINUTE: '1000',
  });
  const assistant = await createAssistant({ config, repoRoot: options.repoRoot });
  const computeSpans = timeAnswers(assistant);
  // The state store the bot runs with by default (SQLite in DATA_DIR): claims, threads and rate limits are part of an ack.
  const store = await openStore({ dataDir: options.dataDir, retentionDays: config.FEEDBACK_RETENTION_DAYS });
  const handle = createSlackApp({ config, assistant, store, logger: silentLogger(), port: 0, host: '127.0.0.1', webClient: { retryConfig: { retries: 0 } } });
  const { port } = await handle.start();
  const wave = { repoRoot: options.repoRoot, url: `http://127.0.0.1:${port}/slack/events`, standIn, computeSpans: computeSpans.spans, questions: options.questions, count: options.concurrency };
  try {
    const burst = await sendWave({ ...wave, firstIndex: 0, spacingMs: 0 });
    const whileAnswering = await sendWave({ ...wave, firstIndex: options.concurrency, spacingMs: WAVE_SPACING_MS });
    return { concurrency: options.concurrency, ...burst, whileAnswering: { ...whileAnswering, spacingMs: WAVE_SPACING_MS } };
  } finally {
    await handle.stop();
    await store.close();
    await standIn.stop();
  }
}

interface WaveOptions {
  repoRoot: string;
  url: string;
  standIn: SlackApiStandIn;
  computeSpans: readonly Span[];
  questions: readonly string[];
  count: number;
  firstIndex: number;
  spacingMs: number;
}

/** Sends `count` mentions (users, threads and event ids of their own) and waits until each is answered. */
async function sendWave(options: WaveOptions): Promise<SlackWave> {
  const { standIn, firstIndex } = options;
  // Ids and timestamps of this run: the store in DATA_DIR remembers claims of an earlier run for an hour.
  const run = Math.floor(Date.now() / 1000);
  const events = Array.from({ length: options.count }, (_, k) => {
    const i = firstIndex + k;
    return {
      type: 'app_mention',
      user: `UBENCH${String(i).padStart(4, '0')}`,
      channel: `CBENCH${String(i % 5).padStart(3, '0')}`,
      text: `<@UBOT0001> ${options.questions[i % options.questions.length]}`,
      ts: `${run + i}.${String(i).padStart(6, '0')}`,
    };
  });
  const serverSpans = watchServer('/slack/events');
  const computedBefore = options.computeSpans.length;
  const sent = await sendFromAnotherProcess(options.repoRoot, {
    url: options.url,
    signingSecret: SIGNING_SECRET,
    bodies: events.map((event, k) => eventEnvelope(event, `EvBench${run}x${firstIndex + k}`)),
    spacingMs: options.spacingMs,
    firstIndex,
  });
  // The sender's clock is the machine's epoch clock; this process's performance clock is offset from it.
  const sends = sent.map((r) => r.sentAtEpochMs - performance.timeOrigin);
  const sentAt = new Map(events.map((event, k) => [event.ts, sends[k]!]));
  const answeredAt = await waitForAnswers(standIn, new Set(events.map((e) => e.ts)));
  const firstSend = Math.min(...sends);
  const wallMs = performance.now() - firstSend;
  serverSpans.stop();
  // Stand-in times are Date.now(); each answer time is converted to the performance clock of its send.
  const offset = Date.now() - performance.now();
  const answerMs = [...answeredAt].map(([ts, at]) => at - offset - sentAt.get(ts)!);
  const spans = new Map([...serverSpans.spans].map(([i, span]) => [i - firstIndex, span]));
  return {
    events: events.length,
    acked: sent.filter((a) => a.status === 200).length,
    answered: answeredAt.size,
    ack: summarize(sent.map((a) => a.ms)),
    answer: summarize(answerMs),
    timeline: foldTimeline(firstSend, sends, spans, options.computeSpans.slice(computedBefore)),
    wallMs,
  };
}

/** When each event's placeholder was replaced by its answer (stand-in clock), waiting up to two minutes. */
async function waitForAnswers(standIn: SlackApiStandIn, eventTs: ReadonlySet<string>): Promise<Map<string, number>> {
  const waiting = new Set<string>([MESSAGES.working, MESSAGES.stillWorking]);
  const answeredAt = new Map<string, number>();
  const deadline = Date.now() + 120_000;
  while (answeredAt.size < eventTs.size && Date.now() < deadline) {
    const placeholders = new Map<string, string>();
    for (const call of standIn.callsTo('chat.postMessage')) {
      const thread = call.args.thread_ts;
      if (call.args.text === MESSAGES.working && typeof thread === 'string' && eventTs.has(thread)) placeholders.set(String(call.response.ts), thread);
    }
    for (const call of standIn.callsTo('chat.update')) {
      const ts = placeholders.get(String(call.args.ts));
      if (ts && !waiting.has(String(call.args.text)) && !answeredAt.has(ts)) answeredAt.set(ts, call.at);
    }
    if (answeredAt.size < eventTs.size) await new Promise((r) => setTimeout(r, 20));
  }
  return answeredAt;
}

/** `npm run ask -- --jsonl` as a separate process over the given index: every question on stdin at once. */
export function benchAskJsonl(options: { repoRoot: string; corpusDir: string; dataDir: string; questions: readonly string[] }): Promise<JsonlLoadResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(options.repoRoot, 'src/cli/ask-command.ts'), '--jsonl'], {
      cwd: options.repoRoot,
      env: { ...process.env, CORPUS_DIR: options.corpusDir, DATA_DIR: options.dataDir },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let buffered = '';
    let first = 0;
    let answered = 0;
    let errors = 0;
    let err = '';
    child.stdout.on('data', (data: Buffer) => {
      buffered += data.toString('utf8');
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        if (line.trim() === '') continue;
        if (first === 0) first = performance.now();
        const parsed = JSON.parse(line) as { error?: string };
        if (parsed.error) errors++;
        else answered++;
      }
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const end = performance.now();
      if (code !== 0) return reject(new Error(`ask --jsonl exited with ${code}: ${err.slice(-1000)}`));
      const steadyMs = end - first;
      resolve({
        questions: options.questions.length,
        answered,
        errors,
        firstAnswerMs: first - started,
        wallMs: end - started,
        questionsPerS: answered > 1 ? (answered - 1) / (steadyMs / 1000) : Number.NaN,
        questionsPerSWithStart: answered / ((end - started) / 1000),
      });
    });
    child.stdin.end(options.questions.map((question, i) => JSON.stringify({ id: i, question })).join('\n') + '\n');
  });
}
