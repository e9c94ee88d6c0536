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
import { eventEnvelope, postSigned } from '../../test/fakes/slack-requests.js';
import { summarize, type LatencySummary } from './measure.js';

export interface SlackLoadResult {
  concurrency: number;
  events: number;
  /** HTTP status 200 acknowledgements. */
  acked: number;
  /** Events whose placeholder was replaced by an answer. */
  answered: number;
  /** Time until Bolt acknowledged each signed request (Slack retries after 3 s). */
  ack: LatencySummary;
  /** Time from sending the event until its answer was posted. */
  answer: LatencySummary;
  wallMs: number;
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

/**
 * `concurrency` questions at once through the Slack HTTP endpoint: real signed Events API requests to the
 * Bolt app in HTTP mode (the engine over the given index), the repository's Slack Web API stand-in answering
 * the bot's calls. Each user asks once (the per-user rate limit is not what is measured).
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
  // The state store the bot runs with by default (SQLite in DATA_DIR): claims, threads and rate limits are part of an ack.
  const store = await openStore({ dataDir: options.dataDir, retentionDays: config.FEEDBACK_RETENTION_DAYS });
  const handle = createSlackApp({ config, assistant, store, logger: silentLogger(), port: 0, host: '127.0.0.1', webClient: { retryConfig: { retries: 0 } } });
  const { port } = await handle.start();
  const url = `http://127.0.0.1:${port}/slack/events`;
  try {
    const events = Array.from({ length: options.concurrency }, (_, i) => ({
      type: 'app_mention',
      user: `UBENCH${String(i).padStart(4, '0')}`,
      channel: `CBENCH${String(i % 5).padStart(3, '0')}`,
      text: `<@UBOT0001> ${options.questions[i % options.questions.length]}`,
      ts: `${1_800_000_000 + i}.${String(i).padStart(6, '0')}`,
    }));
    const sentAt = new Map<string, number>();
    const started = performance.now();
    const acks = await Promise.all(
      events.map((event, i) => {
        sentAt.set(event.ts, performance.now());
        return postSigned(url, SIGNING_SECRET, { json: eventEnvelope(event, `EvBench${i}`) });
      }),
    );
    const waiting = new Set<string>([MESSAGES.working, MESSAGES.stillWorking]);
    const answeredAt = new Map<string, number>();
    const deadline = Date.now() + 120_000;
    while (answeredAt.size < events.length && Date.now() < deadline) {
      const placeholders = new Map<string, string>();
      for (const call of standIn.callsTo('chat.postMessage')) {
        if (call.args.text === MESSAGES.working && typeof call.args.thread_ts === 'string') placeholders.set(String(call.response.ts), call.args.thread_ts);
      }
      for (const call of standIn.callsTo('chat.update')) {
        const eventTs = placeholders.get(String(call.args.ts));
        if (eventTs && !waiting.has(String(call.args.text)) && !answeredAt.has(eventTs)) answeredAt.set(eventTs, call.at);
      }
      if (answeredAt.size < events.length) await new Promise((r) => setTimeout(r, 20));
    }
    const wallMs = performance.now() - started;
    // Stand-in times are Date.now(); convert each answer time to the performance clock of its send.
    const offset = Date.now() - performance.now();
    const answerMs = [...answeredAt].map(([ts, at]) => at - offset - sentAt.get(ts)!);
    return {
      concurrency: options.concurrency,
      events: events.length,
      acked: acks.filter((a) => a.status === 200).length,
      answered: answeredAt.size,
      ack: summarize(acks.map((a) => a.ms)),
      answer: summarize(answerMs),
      wallMs,
    };
  } finally {
    await handle.stop();
    await store.close();
    await standIn.stop();
  }
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
