import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebClient } from '@slack/web-api';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../src/config/index.js';
import { answerInConversation } from '../../../../src/slack/answer-in-conversation.js';
import { createSlackApp } from '../../../../src/slack/create-slack-app.js';
import type { SlackDeps } from '../../../../src/slack/slack-deps.js';
import { MESSAGES } from '../../../../src/slack/slack-messages.js';
import { AnswerStore } from '../../../../src/slack/state/answer-store.js';
import { ChannelScopeStore } from '../../../../src/slack/state/channel-scopes.js';
import { RateLimiter } from '../../../../src/slack/state/rate-limiter.js';
import { ThreadLanes } from '../../../../src/slack/state/thread-lanes.js';
import { ThreadMemory } from '../../../../src/slack/state/thread-memory.js';
import { StreamBudget } from '../../../../src/slack/stream-budget.js';
import { openStore, type Store } from '../../../../src/store/index.js';
import { FakeAssistant } from '../../../fakes/fake-assistant.js';
import { createMemoryLogger } from '../../../fakes/silent-logger.js';

/** A WebClient stand-in that records chat.* calls; `failing` methods reject like Slack API errors. */
function recordingClient(failing: string[] = []) {
  const calls: { method: string; args: Record<string, unknown> }[] = [];
  let ts = 100;
  const method = (name: string) => async (args: Record<string, unknown>) => {
    calls.push({ method: name, args });
    if (failing.includes(name)) throw Object.assign(new Error(name), { code: 'slack_webapi_platform_error', data: { error: 'test_failure' } });
    return { ok: true, ts: `${(ts += 1)}.0` };
  };
  const client = {
    chat: { postMessage: method('chat.postMessage'), update: method('chat.update'), postEphemeral: method('chat.postEphemeral') },
  } as unknown as WebClient;
  return { client, calls };
}

const opened: { store: Store; dir: string }[] = [];
afterAll(async () => {
  for (const { store, dir } of opened) {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
});

/** Each test gets its own state database (a real SQLite file): claims and rate limits never leak between tests. */
async function deps(assistant = new FakeAssistant(), perMinute = 10): Promise<SlackDeps> {
  const dir = await mkdtemp(join(tmpdir(), 'kurum-aic-'));
  const store = await openStore({ dataDir: dir, retentionDays: 30 });
  opened.push({ store, dir });
  return {
    config: loadConfig({}),
    assistant,
    logger: createMemoryLogger(),
    clock: () => new Date(),
    store,
    instanceId: 'test-instance',
    threads: new ThreadMemory(store),
    lanes: new ThreadLanes(),
    answers: new AnswerStore(store),
    rateLimiter: new RateLimiter(store, perMinute),
    claimOnce: (key) => store.claims.claim(key, 60_000),
    channelScopes: new ChannelScopeStore(store),
    suggestedQuestions: () => [],
    streamClient: new WebClient('xoxb', { retryConfig: { retries: 0 } }),
    streamBudget: new StreamBudget(100),
    isAdmin: () => false,
    botToken: 'xoxb',
    trustedFileHosts: () => false,
    fetchFn: fetch,
    maxUploadBytes: 1,
    answerTimeoutMs: 5_000,
    slowNoticeMs: 5_000,
    track: (w) => w,
  };
}

const message = { channel: 'C1', channelType: 'channel', user: 'U1', text: '<@UBOT> Ücret tavanı ne kadar?', ts: '1.0' };

describe('answerInConversation', () => {
  it('posts the placeholder in the thread, then replaces it with the answer', async () => {
    const { client, calls } = recordingClient();
    await answerInConversation(await deps(), client, message);
    expect(calls.map((c) => c.method)).toEqual(['chat.postMessage', 'chat.update']);
    expect(calls[0]!.args).toMatchObject({ channel: 'C1', thread_ts: '1.0', text: MESSAGES.working });
    expect(calls[1]!.args).toMatchObject({ channel: 'C1', ts: '101.0' });
    expect(Array.isArray(calls[1]!.args.blocks)).toBe(true);
  });

  it('posts a new message when the placeholder cannot be updated: never silent', async () => {
    const { client, calls } = recordingClient(['chat.update']);
    await answerInConversation(await deps(), client, message);
    expect(calls.map((c) => c.method)).toEqual(['chat.postMessage', 'chat.update', 'chat.postMessage']);
    expect(Array.isArray(calls[2]!.args.blocks)).toBe(true);
  });

  it('falls back to a DM for a personal answer when the ephemeral message is refused', async () => {
    const { client, calls } = recordingClient(['chat.postEphemeral']);
    await answerInConversation(await deps(), client, { ...message, text: '8 yıl hizmetim var, yıllık iznim kaç gün?' });
    const dm = calls.find((c) => c.method === 'chat.postMessage' && c.args.channel === 'U1');
    expect(dm).toBeTruthy();
    expect(calls.find((c) => c.method === 'chat.update')!.args.text).toBe(MESSAGES.personalPublicNote('U1'));
  });

  it('answers a message only once even when delivered as app_mention and message', async () => {
    const { client, calls } = recordingClient();
    const d = await deps();
    await Promise.all([answerInConversation(d, client, message), answerInConversation(d, client, message)]);
    expect(calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  });

  it('answers two quick messages of one thread in arrival order, the second with the first as its history', async () => {
    const { client, calls } = recordingClient();
    // The first answer is slow: without a lane per thread the second is asked (and answered) before it is recorded.
    const assistant = new FakeAssistant({ askDelayMs: 300 });
    const d = await deps(assistant);
    const first = { ...message, ts: '5.0', text: '<@UBOT> Ücret tavanı ne kadar?' };
    const second = { ...message, ts: '5.1', threadTs: '5.0', text: 'Peki hastalık izni kaç gün?' };
    await Promise.all([answerInConversation(d, client, first), answerInConversation(d, client, second)]);
    expect(assistant.asks().map((a) => [a.question, a.history.length])).toEqual([
      ['Ücret tavanı ne kadar?', 0],
      ['Peki hastalık izni kaç gün?', 1],
    ]);
    const placeholders = calls.filter((c) => c.method === 'chat.postMessage').map((c) => c.args.thread_ts);
    expect(placeholders).toEqual(['5.0', '5.0']);
    // Each placeholder is replaced before the next one is posted: the thread reads question, answer, question, answer.
    expect(calls.map((c) => c.method)).toEqual(['chat.postMessage', 'chat.update', 'chat.postMessage', 'chat.update']);
  });

  it('does not make other threads wait for a slow one', async () => {
    const { client } = recordingClient();
    const assistant = new FakeAssistant({ askDelayMs: 300 });
    const d = await deps(assistant);
    const done: string[] = [];
    const a = answerInConversation(d, client, { ...message, ts: '6.0' }).then(() => done.push('6.0'));
    const b = answerInConversation(d, client, { ...message, ts: '7.0', user: 'U2' }).then(() => done.push('7.0'));
    // Both asked before either is answered: the fake engine holds each for 300 ms, side by side.
    await new Promise((r) => setTimeout(r, 150));
    expect(assistant.asks()).toHaveLength(2);
    await Promise.all([a, b]);
    expect(done).toHaveLength(2);
    expect(d.lanes.busy).toBe(0);
  });

  it('answers an empty mention with how to ask, counts it against the rate limit, and tells a limited user ephemerally', async () => {
    const { client, calls } = recordingClient();
    const d = await deps(new FakeAssistant(), 1);
    await answerInConversation(d, client, { ...message, text: '<@UBOT>', ts: '2.0' });
    expect(calls[0]!.args.text).toBe(MESSAGES.emptyQuestion);
    // The empty mention used the one question allowed this minute: 30 empty mentions are no way around the limit.
    await answerInConversation(d, client, { ...message, ts: '3.0' });
    const limited = calls.find((c) => c.method === 'chat.postEphemeral')!;
    expect(String(limited.args.text)).toContain('dakikada en çok 1 soru');
    await answerInConversation(d, client, { ...message, text: '<@UBOT>', ts: '4.0' });
    expect(calls.filter((c) => c.args.text === MESSAGES.emptyQuestion)).toHaveLength(1);
  });
});

describe('createSlackApp › modes', () => {
  it('builds a Socket Mode app when SLACK_APP_TOKEN is set (construction only: no live WebSocket here)', async () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1-abc' });
    const { store } = await deps();
    const handle = createSlackApp({ config, assistant: new FakeAssistant(), store, logger: createMemoryLogger() });
    expect(handle.mode).toBe('socket');
  });

  it('refuses to build without a bot token or a signing secret, with a Turkish reason', async () => {
    const { store } = await deps();
    expect(() => createSlackApp({ config: loadConfig({}), assistant: new FakeAssistant(), store })).toThrow(/SLACK_BOT_TOKEN/);
    const noSecret = { ...loadConfig({}), SLACK_BOT_TOKEN: 'xoxb-1' };
    expect(() => createSlackApp({ config: noSecret, assistant: new FakeAssistant(), store })).toThrow(/SLACK_SIGNING_SECRET/);
  });
});
