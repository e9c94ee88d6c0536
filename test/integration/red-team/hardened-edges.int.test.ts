import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_USER_ID } from '../../fakes/slack-api-stand-in.js';
import { buttonClick, postRaw, slashCommand } from '../../fakes/slack-requests.js';
import { nextTs, SIGNING_SECRET, startE2eBot, type E2eBot } from '../slack/start-e2e-bot.js';

/**
 * Red team › the HTTP edge, over real HTTP against a real bot (fake engine) and the recording Slack stand-in.
 * Before the hardened receiver, a validly signed `null` crashed the process, future timestamps were accepted and
 * replayed signatures were answered every time.
 */
let bot: E2eBot;
const JSON_TYPE = 'application/json';
const FORM = 'application/x-www-form-urlencoded';

beforeAll(async () => {
  bot = await startE2eBot({ engine: 'fake', rateLimitPerMinute: 100 });
});
afterAll(async () => {
  await bot?.stop();
});

const events = () => `${bot.baseUrl}/slack/events`;
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

async function stillServing(): Promise<void> {
  const health = await fetch(`${bot.baseUrl}/healthz`);
  expect(health.status).toBe(200);
  const question = `Sözleşmeli personelin ücret tavanı ne kadar? (${nextTs()})`;
  const command = slashCommand({ command: '/sor', text: question, user_id: 'UEDGE0001', channel_id: 'CEDGE0001', response_url: bot.standIn.responseUrl(`edge-${question}`) });
  const r = await postRaw(events(), SIGNING_SECRET, form(command), FORM);
  expect(r.status).toBe(200);
  await bot.standIn.waitFor(() => bot.assistant.asks.find((a) => a.question === question), 15_000, 'soru');
}

describe('red team › malformed bodies', () => {
  const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
  const deepArray = `{"type":"event_callback","event":{"type":"app_mention","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
  const cases: [string, string, string][] = [
    ['JSON null', 'null', JSON_TYPE],
    ['JSON array', '[]', JSON_TYPE],
    ['JSON array of events', '[{"type":"event_callback"}]', JSON_TYPE],
    ['JSON string', '"merhaba"', JSON_TYPE],
    ['JSON number', '42', JSON_TYPE],
    ['JSON true', 'true', JSON_TYPE],
    ['truncated JSON', '{"type":"event_callback","event":{', JSON_TYPE],
    ['empty body', '', JSON_TYPE],
    ['deeply nested object', deep, JSON_TYPE],
    ['deeply nested array inside an event', deepArray, JSON_TYPE],
    ['huge body (2 MB)', JSON.stringify({ type: 'event_callback', event: { type: 'message', text: 'x'.repeat(2 * 1024 * 1024) } }), JSON_TYPE],
    ['event null', '{"type":"event_callback","event":null,"event_id":"Ev1"}', JSON_TYPE],
    ['event a string', '{"type":"event_callback","event":"app_mention"}', JSON_TYPE],
    ['event type a number', '{"type":"event_callback","event":{"type":5}}', JSON_TYPE],
    ['event text an object', `{"type":"event_callback","event":{"type":"app_mention","user":"U1","channel":"C1","ts":"1.1","text":{"t":"<@${BOT_USER_ID}>"}}}`, JSON_TYPE],
    ['event ts a number', '{"type":"event_callback","event":{"type":"app_mention","user":"U1","channel":"C1","ts":1,"text":"x"}}', JSON_TYPE],
    ['event_id a number', '{"type":"event_callback","event_id":7,"event":{"type":"app_mention","user":"U1","channel":"C1","ts":"1.1","text":"x"}}', JSON_TYPE],
    ['type a number', '{"type":1}', JSON_TYPE],
    ['no type at all', '{"hello":"world"}', JSON_TYPE],
    ['url_verification without challenge', '{"type":"url_verification","challenge":{"a":1}}', JSON_TYPE],
    ['form payload=null', form({ payload: 'null' }), FORM],
    ['form payload=[]', form({ payload: '[]' }), FORM],
    ['form payload="x"', form({ payload: '"x"' }), FORM],
    ['form payload=42', form({ payload: '42' }), FORM],
    ['form payload not JSON', form({ payload: '{' }), FORM],
    ['form payload twice', 'payload=%7B%7D&payload=%7B%7D', FORM],
    ['block_actions without user', form({ payload: JSON.stringify({ type: 'block_actions', actions: [] }) }), FORM],
    ['block_actions with user a string', form({ payload: JSON.stringify({ type: 'block_actions', user: 'U1', actions: [] }) }), FORM],
    ['block_actions actions an object', form({ payload: JSON.stringify({ type: 'block_actions', user: { id: 'U1' }, actions: { a: 1 } }) }), FORM],
    ['block_actions action without id', form({ payload: JSON.stringify({ type: 'block_actions', user: { id: 'U1' }, actions: [null] }) }), FORM],
    ['view_submission view a string', form({ payload: JSON.stringify({ type: 'view_submission', user: { id: 'U1' }, view: 'v' }) }), FORM],
    ['command without slash', form({ command: 'sor', text: 'x', user_id: 'U1', channel_id: 'C1' }), FORM],
    ['command without user', form({ command: '/sor', text: 'x', channel_id: 'C1' }), FORM],
    ['command text twice', 'command=%2Fsor&text=a&text=b&user_id=U1&channel_id=C1', FORM],
    ['form of nothing', form({ a: 'b' }), FORM],
  ];

  it.each(cases)('%s → 400 and a log line, the bot keeps serving', async (_name, raw, contentType) => {
    const before = bot.logger.lines.length;
    const r = await postRaw(events(), SIGNING_SECRET, raw, contentType);
    expect(r.status).toBe(400);
    const logged = bot.logger.lines.slice(before).map((l) => l.text);
    expect(logged.some((t) => t.includes('reddedildi (400)'))).toBe(true);
  });

  it('after every malformed shape the same process still answers questions', async () => {
    await stillServing();
  });
});

describe('red team › signature timestamp window (5 minutes, both ways)', () => {
  const now = () => Math.floor(Date.now() / 1000);
  const body = () => form(slashCommand({ command: '/sor', text: `izin kaç gün ${nextTs()}`, user_id: 'UTIME0001', channel_id: 'CTIME0001', response_url: bot.standIn.responseUrl('zaman') }));

  it.each([
    ['6 minutes in the future', 6 * 60],
    ['a day in the future', 86_400],
    ['ten years in the future', 10 * 365 * 86_400],
    ['6 minutes in the past', -6 * 60],
  ])('%s → 401 before any handler runs', async (_name, offset) => {
    const asks = bot.assistant.asks.length;
    const r = await postRaw(events(), SIGNING_SECRET, body(), FORM, { timestampSec: now() + offset });
    expect(r.status).toBe(401);
    expect(bot.assistant.asks.length).toBe(asks);
  });

  it('4 minutes either way is inside the window', async () => {
    expect((await postRaw(events(), SIGNING_SECRET, body(), FORM, { timestampSec: now() + 4 * 60 })).status).toBe(200);
    expect((await postRaw(events(), SIGNING_SECRET, body(), FORM, { timestampSec: now() - 4 * 60 })).status).toBe(200);
  });

  it('a non-numeric timestamp or an unknown signature version → 401', async () => {
    expect((await postRaw(events(), SIGNING_SECRET, body(), FORM, { signature: 'v1=abc' })).status).toBe(401);
    const r = await fetch(events(), { method: 'POST', headers: { 'Content-Type': FORM, 'X-Slack-Request-Timestamp': 'yarin', 'X-Slack-Signature': 'v0=00' }, body: body() });
    expect(r.status).toBe(401);
  });
});

describe('red team › replayed signatures are answered once', () => {
  it('a signed /sor replayed 3 times is asked once', async () => {
    const question = `Sözleşmeli personelin ücret tavanı ne kadar? tekrar ${nextTs()}`;
    const raw = form(slashCommand({ command: '/sor', text: question, user_id: 'UREPLAY01', channel_id: 'CREPLAY01', response_url: bot.standIn.responseUrl('replay-sor') }));
    const first = await postRaw(events(), SIGNING_SECRET, raw, FORM);
    expect(first.status).toBe(200);
    for (let i = 0; i < 3; i += 1) {
      const again = await postRaw(events(), SIGNING_SECRET, raw, FORM, { timestampSec: first.timestampSec, signature: first.signature });
      expect(again.status).toBe(200);
    }
    await bot.standIn.waitFor(() => bot.standIn.responsesTo('replay-sor')[0], 15_000, 'yanıt');
    await new Promise((r) => setTimeout(r, 300));
    expect(bot.assistant.asks.filter((a) => a.question === question)).toHaveLength(1);
    expect(bot.logger.lines.some((l) => l.text.includes('tekrar oynatma'))).toBe(true);
  });

  it('a signed 👎 replayed 5 times stores one vote', async () => {
    const messageTs = nextTs();
    const raw = form(buttonClick({ action_id: 'feedback_down', value: `yok-${messageTs}`, user_id: 'UREPLAY02', channel_id: 'CREPLAY02', message_ts: messageTs, response_url: bot.standIn.responseUrl('replay-vote') }));
    const first = await postRaw(events(), SIGNING_SECRET, raw, FORM);
    expect(first.status).toBe(200);
    for (let i = 0; i < 5; i += 1) {
      await postRaw(events(), SIGNING_SECRET, raw, FORM, { timestampSec: first.timestampSec, signature: first.signature });
    }
    await new Promise((r) => setTimeout(r, 500));
    const votes = (await bot.store.feedback.list()).filter((f) => f.messageTs === messageTs);
    expect(votes).toHaveLength(1);
  });
});
