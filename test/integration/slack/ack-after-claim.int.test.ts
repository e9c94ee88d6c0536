import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/index.js';
import { createSlackApp, type SlackAppHandle } from '../../../src/slack/index.js';
import { openStore, type Store } from '../../../src/store/index.js';
import { FakeAssistant } from '../../fakes/fake-assistant.js';
import { createMemoryLogger } from '../../fakes/silent-logger.js';
import { BOT_USER_ID, SlackApiStandIn } from '../../fakes/slack-api-stand-in.js';
import { eventEnvelope, postSigned } from '../../fakes/slack-requests.js';
import { waitForFinal, waitForPlaceholder } from './block-helpers.js';

const BOT_TOKEN = 'xoxb-test-claim';
const SECRET = 'imza-sirri-claim';
const CHANNEL = 'CCLAIM001';

/**
 * The HTTP edge acknowledges an event only once its id is claimed in the shared store: a store that cannot
 * record the claim answers 500, so Slack delivers the event again, instead of a 200 for an event nobody answers.
 */
describe('Slack HTTP edge › event claim is part of the ack', () => {
  let root: string;
  let store: Store;
  let standIn: SlackApiStandIn;
  let handle: SlackAppHandle;
  let url: string;
  const assistant = new FakeAssistant();
  /** While true, event-id claims fail as a store outage would; signature and message claims still work. */
  let eventClaimsDown = false;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'kurum-claim-'));
    standIn = await SlackApiStandIn.start(BOT_TOKEN);
    store = await openStore({ dataDir: root, retentionDays: 30 });
    const claims = store.claims;
    const flaky: Store = {
      ...store,
      claims: Object.assign(Object.create(claims) as typeof claims, {
        claim: async (key: string, ttlMs: number) => {
          if (eventClaimsDown && key.startsWith('olay:')) throw new Error('durum veritabanına yazılamadı (test)');
          return claims.claim(key, ttlMs);
        },
      }),
    };
    const config = loadConfig({ DATA_DIR: root, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: standIn.apiUrl });
    handle = createSlackApp({ config, assistant, store: flaky, logger: createMemoryLogger(), port: 0, host: '127.0.0.1', webClient: { retryConfig: { retries: 0 } } });
    url = `http://127.0.0.1:${(await handle.start()).port}/slack/events`;
  });

  afterAll(async () => {
    await handle?.stop();
    await store?.close();
    await standIn?.stop();
    await rm(root, { recursive: true, force: true });
  });

  it('an event whose claim cannot be written gets 500 and no answer; Slack’s retry is then answered once', async () => {
    const event = { type: 'app_mention', user: 'UCLAIM01', text: `<@${BOT_USER_ID}> Ücret tavanı ne kadar?`, ts: '1900000001.000100', channel: CHANNEL };
    const envelope = eventEnvelope(event, 'EvCLAIM0001');
    const timestampSec = Math.floor(Date.now() / 1000);
    eventClaimsDown = true;
    const refused = await postSigned(url, SECRET, { json: envelope }, { timestampSec });
    eventClaimsDown = false;
    expect(refused.status).toBe(500);
    await new Promise((r) => setTimeout(r, 300));
    expect(standIn.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === event.ts)).toHaveLength(0);
    expect(assistant.asks()).toHaveLength(0);

    // Slack's first retry comes almost at once: with the same timestamp it is signed exactly as the refused one.
    const retried = await postSigned(url, SECRET, { json: { ...envelope } }, { retryNum: 1, timestampSec });
    expect(retried.status).toBe(200);
    await waitForFinal(standIn, await waitForPlaceholder(standIn, CHANNEL, event.ts));
    const again = await postSigned(url, SECRET, { json: eventEnvelope(event, 'EvCLAIM0001') }, { retryNum: 2 });
    expect(again.status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(standIn.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === event.ts)).toHaveLength(1);
    expect(assistant.asks()).toHaveLength(1);
  });
});
