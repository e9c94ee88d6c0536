import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/index.js';
import { createSlackApp } from '../../../src/slack/index.js';
import { openStore, type Store } from '../../../src/store/index.js';
import { FakeAssistant } from '../../fakes/fake-assistant.js';
import { RecordingProxy } from '../../fakes/recording-proxy.js';
import { createMemoryLogger } from '../../fakes/silent-logger.js';
import { BOT_USER_ID, SlackApiStandIn } from '../../fakes/slack-api-stand-in.js';
import { freePort, REPO_ROOT, TSX_IMPORT } from '../../helpers/bot-process.js';
import { createTempProject, type TempProject } from '../../helpers/temp-corpus.js';
import { gazetteBytes } from '../slack/make-upload-files.js';
import { ADMIN, BOT_TOKEN, nextTs, SIGNING_SECRET, startE2eBot } from '../slack/start-e2e-bot.js';

/**
 * Red team › networks that are not open (issue 11 point 7, issue 14). Before: with auth.test failing the bot
 * retried for ~30 minutes, never became healthy and never said why; HTTPS_PROXY was ignored.
 */
describe('red team › Slack cannot be reached at start', () => {
  let standIn: SlackApiStandIn;
  let store: Store;
  let dir: string;
  beforeAll(async () => {
    standIn = await SlackApiStandIn.start(BOT_TOKEN);
    dir = await mkdtemp(join(tmpdir(), 'kurum-kapali-ag-'));
    store = await openStore({ dataDir: dir, retentionDays: 30 });
  });
  afterAll(async () => {
    await store?.close();
    await standIn?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  const app = (port: number, deadlineMs: number) =>
    createSlackApp({
      config: loadConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: standIn.apiUrl, DATA_DIR: dir }),
      assistant: new FakeAssistant(),
      store,
      logger: createMemoryLogger(),
      port,
      host: '127.0.0.1',
      startupDeadlineMs: deadlineMs,
      worker: false,
    });

  it('auth.test answering 500: /healthz says "not ready: …" meanwhile, then start fails naming the URL and the proxy setting', async () => {
    standIn.respondWith('auth.test', 500, { times: 1000 });
    const port = await freePort();
    const starting = app(port, 3000).start();
    const failed = starting.then(
      () => null,
      (error: unknown) => error as Error,
    );
    let health: { status: number; body: { ok: boolean; reason?: string } } | undefined;
    for (let i = 0; i < 100 && !health; i += 1) {
      try {
        const r = await fetch(`http://127.0.0.1:${port}/healthz`);
        health = { status: r.status, body: (await r.json()) as { ok: boolean; reason?: string } };
      } catch {
        await new Promise((r) => setTimeout(r, 20));
      }
    }
    expect(health?.status).toBe(503);
    expect(health?.body.reason).toMatch(/^not ready: Slack'e bağlanılıyor/);
    const error = await failed;
    expect(error?.message).toContain(`Slack'e ulaşılamadı: ${standIn.apiUrl}auth.test (HTTP 500)`);
    expect(error?.message).toContain('HTTPS_PROXY');
    expect(standIn.callsTo('auth.test:500').length).toBeGreaterThan(1);
    standIn.stopResponding('auth.test');
  });

  it('a token Slack refuses is reported at once, not retried', async () => {
    const before = standIn.calls.length;
    standIn.failNext('auth.test', 'invalid_auth');
    await expect(app(await freePort(), 10_000).start()).rejects.toThrow(/invalid_auth.*SLACK_BOT_TOKEN/);
    expect(standIn.calls.slice(before).filter((c) => c.method.startsWith('auth.test'))).toHaveLength(1);
  });
});

describe('red team › `npm run slack` with Slack unreachable exits non-zero with a Turkish message', () => {
  let project: TempProject;
  beforeAll(async () => {
    project = await createTempProject(['mevzuat/sozlesmeli-personel-esaslari.txt']);
  }, 120_000);
  afterAll(async () => {
    await project?.cleanup();
  });

  it('names the URL and HTTPS_PROXY, exits 1 (the auth.test retry is bounded to 20 s)', async () => {
    const closedPort = await freePort();
    const url = `http://127.0.0.1:${closedPort}/api/`;
    const child = spawn(process.execPath, [...TSX_IMPORT, join(REPO_ROOT, 'src/main.ts'), '--slack'], {
      cwd: project.root,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        CORPUS_DIR: 'corpus',
        DATA_DIR: 'data',
        PORT: String(await freePort()),
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: url,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code, output).toBe(1);
    expect(output).toContain(`Slack'e ulaşılamadı: ${url}auth.test (bağlantı kurulamadı (ECONNREFUSED))`);
    expect(output).toContain('HTTPS_PROXY tanımlı değil');
  }, 120_000);
});

describe('red team › HTTPS_PROXY carries the Web API, response_url and file downloads', () => {
  it('every call of a question and an upload goes through the proxy on 127.0.0.1', async () => {
    const proxy = await RecordingProxy.start();
    const bot = await startE2eBot({ engine: 'fake', env: { HTTPS_PROXY: proxy.url } });
    try {
      const ts = nextTs();
      await bot.sendEvent({ type: 'app_mention', user: 'UPROXY001', channel: 'CPROXY001', ts, text: `<@${BOT_USER_ID}> ücret tavanı ne kadar?` });
      await bot.standIn.waitFor(() => bot.standIn.callsTo('chat.update').find((c) => c.args.channel === 'CPROXY001'), 15_000, 'yanıt');
      bot.standIn.addFile({ id: 'FPROXY01', name: 'genelge.pdf', filetype: 'pdf', mimetype: 'application/pdf', bytes: await gazetteBytes() });
      await bot.sendEvent({ type: 'file_shared', file_id: 'FPROXY01', user_id: ADMIN, channel_id: 'DPROXY01', file: { id: 'FPROXY01' } });
      await bot.standIn.waitFor(() => bot.standIn.downloads.find((d) => d.fileId === 'FPROXY01'), 30_000, 'indirme');
      const host = new URL(bot.standIn.baseUrl).host;
      expect(proxy.seen).toContain(`CONNECT ${host}`);
      for (const path of ['/api/auth.test', '/api/chat.postMessage', '/api/chat.update', '/api/files.info', '/files/FPROXY01/download/genelge.pdf']) {
        expect(proxy.seen, path).toContain(`POST ${path}`.replace('POST /files', 'GET /files'));
      }
    } finally {
      await bot.stop();
      await proxy.stop();
    }
  });

  it('NO_PROXY leaves a listed host direct', async () => {
    const proxy = await RecordingProxy.start();
    const bot = await startE2eBot({ engine: 'fake', env: { HTTPS_PROXY: proxy.url, NO_PROXY: '127.0.0.1' } });
    try {
      await bot.sendEvent({ type: 'app_mention', user: 'UNOPRX01', channel: 'CNOPRX01', ts: nextTs(), text: `<@${BOT_USER_ID}> ücret tavanı ne kadar?` });
      await bot.standIn.waitFor(() => bot.standIn.callsTo('chat.update').find((c) => c.args.channel === 'CNOPRX01'), 15_000, 'yanıt');
      expect(proxy.seen).toEqual([]);
    } finally {
      await bot.stop();
      await proxy.stop();
    }
  });
});
