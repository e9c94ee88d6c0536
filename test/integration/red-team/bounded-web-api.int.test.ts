import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoundedSlackFetch } from '../../../src/slack/network/bounded-slack-fetch.js';
import { createMemoryLogger } from '../../fakes/silent-logger.js';
import { BOT_USER_ID } from '../../fakes/slack-api-stand-in.js';
import { MESSAGES } from '../../../src/slack/slack-messages.js';
import { nextTs, startE2eBot, type E2eBot } from '../slack/start-e2e-bot.js';

/**
 * Red team › Web API calls are bounded. Before: no timeout (a hung chat.postMessage delayed that answer 40 s with
 * nothing logged), 500s retried silently, and one user's 429 paused the client's whole queue for everyone.
 */
let bot: E2eBot;
const QUESTION = 'Sözleşmeli personelin ücret tavanı ne kadar?';

beforeAll(async () => {
  bot = await startE2eBot({ engine: 'fake', rateLimitPerMinute: 100, webClient: { timeout: 800, retryConfig: { retries: 2 } } });
});
afterAll(async () => {
  await bot?.stop();
});

async function mention(channel: string, user: string) {
  const ts = nextTs();
  await bot.sendEvent({ type: 'app_mention', user, text: `<@${BOT_USER_ID}> ${QUESTION}`, ts, channel });
  return ts;
}

/** The index in the call log of the update that replaced `channel`'s placeholder with an answer. */
function finalUpdateIndex(channel: string): number {
  return bot.standIn.calls.findIndex(
    (c) => c.method === 'chat.update' && c.args.channel === channel && c.args.text !== MESSAGES.working && c.args.text !== MESSAGES.stillWorking,
  );
}

const logged = (pattern: RegExp) => bot.logger.lines.some((l) => pattern.test(l.text));

describe('red team › one user’s 429 does not stall the others', () => {
  it('five other users are answered while the limited call waits out its own Retry-After; retry logged', async () => {
    bot.standIn.respondWith('chat.update', 429, { headers: { 'Retry-After': '4' }, match: (a) => a.channel === 'C429A0001' });
    await mention('C429A0001', 'U429A0001');
    await bot.standIn.waitFor(() => bot.standIn.calls.find((c) => c.method === 'chat.update:429'), 15_000, '429');
    const others = ['C429B0001', 'C429B0002', 'C429B0003', 'C429B0004', 'C429B0005'];
    for (const [i, channel] of others.entries()) await mention(channel, `U429B000${i + 1}`);
    await bot.standIn.waitFor(() => others.every((c) => finalUpdateIndex(c) >= 0), 15_000, 'diğer yanıtlar');
    // Nobody waited behind the limited call: all five were answered before its retry went out.
    expect(finalUpdateIndex('C429A0001')).toBe(-1);
    await bot.standIn.waitFor(() => finalUpdateIndex('C429A0001') >= 0, 15_000, 'sınırlanan yanıt');
    expect(logged(/yeniden denenecek \(chat\.update.*429, Retry-After 4 sn/)).toBe(true);
  });
});

describe('red team › timeouts and retries are logged with the method and the reason', () => {
  it('a hung chat.postMessage is given up after the timeout and logged; other users are answered meanwhile', async () => {
    bot.standIn.hold('chat.postMessage', (a) => a.channel === 'CHANG0001');
    await mention('CHANG0001', 'UHANG0001');
    await mention('CFREE0001', 'UFREE0001');
    await bot.standIn.waitFor(() => finalUpdateIndex('CFREE0001') >= 0, 15_000, 'serbest yanıt');
    await bot.standIn.waitFor(() => logged(/Slack API çağrısı başarısız \(chat\.postMessage\): 800 ms içinde yanıt yok/), 15_000, 'zaman aşımı kaydı');
    bot.standIn.release('chat.postMessage');
  });

  it('a 500 is retried, logged, and the answer still arrives', async () => {
    bot.standIn.respondWith('chat.update', 500, { match: (a) => a.channel === 'C5000001' });
    await mention('C5000001', 'U5000001');
    await bot.standIn.waitFor(() => finalUpdateIndex('C5000001') >= 0, 15_000, 'yanıt');
    expect(logged(/yeniden denenecek \(chat\.update, deneme 2\/3.*HTTP 500/)).toBe(true);
  });

  it('an ok:false answer is logged as a failed call with Slack’s reason', async () => {
    bot.standIn.failNext('chat.postMessage', 'channel_not_found');
    await mention('CGONE0001', 'UGONE0001');
    await bot.standIn.waitFor(() => logged(/Slack API çağrısı başarısız \(chat\.postMessage\): channel_not_found/), 15_000, 'kayıt');
  });
});

describe('red team › a cap on calls in flight', () => {
  let server: Server;
  let url: string;
  const hung: (() => void)[] = [];
  beforeAll(async () => {
    server = createServer((_req, res) => hung.push(() => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}')));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/views.publish`;
  });
  afterAll(async () => {
    for (const go of hung) go();
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });

  it('past the cap a call fails at once with a log line instead of queueing behind hung ones', async () => {
    const logger = createMemoryLogger();
    const boundedFetch = createBoundedSlackFetch({ logger, maxInFlight: 3, timeoutMs: 30_000, retries: 0 });
    const stuck = [1, 2, 3].map(() => boundedFetch(url, { method: 'POST', body: '' }));
    await expect(boundedFetch(url, { method: 'POST', body: '' })).rejects.toThrow(/çok fazla bekleyen/);
    expect(logger.lines.some((l) => /reddedildi \(views\.publish\): aynı anda 3 çağrı/.test(l.text))).toBe(true);
    while (hung.length < 3) await new Promise((r) => setTimeout(r, 20));
    for (const go of hung.splice(0)) go();
    expect((await Promise.all(stuck)).map((r) => r.status)).toEqual([200, 200, 200]);
  });
});
