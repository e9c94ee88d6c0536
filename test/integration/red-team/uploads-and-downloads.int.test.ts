import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeUpload, UPLOADS_FOLDER, validateUpload } from '../../../src/indexing/corpus-edits.js';
import { describeError } from '../../../src/slack/describe-error.js';
import { downloadSlackFile, trustedSlackFileHosts } from '../../../src/slack/download-slack-file.js';
import { renderIndexStatus } from '../../../src/slack/blocks/render-admin.js';
import { FakeAssistant } from '../../fakes/fake-assistant.js';
import { gazetteBytes } from '../slack/make-upload-files.js';
import { ADMIN, startE2eBot, type E2eBot } from '../slack/start-e2e-bot.js';

const TOKEN = 'xoxb-gizli-belirtec';

/** A tiny HTTP server recording what reached it (method, path, Authorization). */
async function server(handler: (path: string, res: ServerResponse) => void | Promise<void>) {
  const seen: { path: string; authorization: string | null }[] = [];
  const srv: Server = createServer((req, res) => {
    seen.push({ path: req.url ?? '', authorization: req.headers.authorization ?? null });
    void Promise.resolve(handler(req.url ?? '', res)).catch(() => res.destroy());
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(srv.address() as AddressInfo).port}`;
  return {
    base,
    seen,
    stop: async () => {
      srv.closeAllConnections();
      await new Promise<void>((r) => srv.close(() => r()));
    },
  };
}

describe('red team › downloads only from Slack’s file hosts', () => {
  let slack: Awaited<ReturnType<typeof server>>;
  let evil: Awaited<ReturnType<typeof server>>;
  let sent = 0;
  beforeAll(async () => {
    evil = await server((_p, res) => void res.writeHead(200, { 'Content-Type': 'application/pdf' }).end('%PDF-1.4 kötü'));
    slack = await server(async (path, res) => {
      if (path === '/files/yonlendir') return void res.writeHead(302, { Location: `${evil.base}/topla` }).end();
      if (path === '/files/ic-yonlendirme') return void res.writeHead(302, { Location: '/files/asil' }).end();
      if (path === '/files/asil') return void res.writeHead(200, { 'Content-Type': 'application/pdf' }).end('%PDF-1.4 asıl');
      if (path === '/files/dev') {
        // 120 MB, chunked, no Content-Length: written only as fast as the reader takes it.
        res.writeHead(200, { 'Content-Type': 'application/pdf' });
        const chunk = Buffer.alloc(64 * 1024, 0x41);
        while (sent < 120 * 1024 * 1024 && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) await new Promise((r) => res.once('drain', r).once('close', r));
        }
        res.end();
        return;
      }
      res.writeHead(404).end();
    });
  });
  afterAll(async () => {
    await slack?.stop();
    await evil?.stop();
  });
  const deps = () => ({
    botToken: TOKEN,
    trustedFileHosts: trustedSlackFileHosts(`${slack.base}/api/`),
    fetchFn: globalThis.fetch,
    maxUploadBytes: 2 * 1024 * 1024,
  });

  it('a url_private redirecting to another host is not followed and the token goes nowhere else', async () => {
    await expect(downloadSlackFile(deps(), `${slack.base}/files/yonlendir`)).rejects.toMatchObject({ code: 'FILE_HOST_UNTRUSTED' });
    expect(evil.seen).toEqual([]);
  });

  it('a url_private on another host is refused before any request', async () => {
    await expect(downloadSlackFile(deps(), `${evil.base}/dosya.pdf`)).rejects.toMatchObject({ code: 'FILE_HOST_UNTRUSTED' });
    expect(evil.seen).toEqual([]);
  });

  it('a redirect within the Slack host is followed, with the token', async () => {
    const bytes = await downloadSlackFile(deps(), `${slack.base}/files/ic-yonlendirme`);
    expect(bytes.toString()).toBe('%PDF-1.4 asıl');
    expect(slack.seen.filter((s) => s.path === '/files/asil').map((s) => s.authorization)).toEqual([`Bearer ${TOKEN}`]);
  });

  it('a 120 MB chunked body without Content-Length is cut at the limit while streaming', async () => {
    await expect(downloadSlackFile(deps(), `${slack.base}/files/dev`)).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
    await new Promise((r) => setTimeout(r, 200));
    // Socket buffers let a few MB more leave the server; nowhere near the 120 MB the old code read into memory.
    expect(sent).toBeLessThan(24 * 1024 * 1024);
  });
});

describe('red team › upload names are sanitised, with the reason shown', () => {
  const names = ['..\\..\\w.pdf', '..%2F..%2Fy.pdf', '.gizli.pdf', '..pdf', `${'uzun-ad-'.repeat(37)}son.pdf`];
  const label = (name: string) => (name.length > 60 ? `${name.length} karakterlik ad` : name);

  it.each(names.map((n) => [label(n), n] as const))('%s lands inside the uploads folder under a plain name (real file system)', async (_label, name) => {
    const corpus = await mkdtemp(join(tmpdir(), 'kurum-adlar-'));
    try {
      const bytes = await readFile(new URL('../../../corpus/gazete/tebligler-dergisi-2024-s1120.pdf', import.meta.url));
      const safe = await validateUpload(name, bytes);
      expect(safe).toMatch(/^[\p{L}\p{N}][\p{L}\p{N}._-]*\.pdf$/u);
      expect(safe.length).toBeLessThanOrEqual(110);
      const placed = await placeUpload(corpus, safe, bytes);
      expect(await readdir(join(corpus, UPLOADS_FOLDER))).toEqual([placed.storedAs]);
      expect(await readdir(corpus)).toEqual([UPLOADS_FOLDER]);
    } finally {
      await rm(corpus, { recursive: true, force: true });
    }
  }, 60_000);

  describe('over Slack', () => {
    let bot: E2eBot;
    beforeAll(async () => {
      bot = await startE2eBot({ engine: 'fake' });
    });
    afterAll(async () => {
      await bot?.stop();
    });

    it.each(names.map((n, i) => [label(n), n, i] as const))('%s: the admin is told the new name and why; the engine gets the safe name', async (_label, name, i) => {
      const id = `FNAME00${i}`;
      const channel = `DNAME00${i}`;
      bot.standIn.addFile({ id, name, filetype: 'pdf', mimetype: 'application/pdf', bytes: await gazetteBytes() });
      await bot.sendEvent({ type: 'file_shared', file_id: id, user_id: ADMIN, channel_id: channel, file: { id } });
      const note = await bot.standIn.waitFor(
        () => bot.standIn.callsTo('chat.postMessage').find((c) => c.args.channel === channel && String(c.args.text).startsWith('ℹ️ Dosya adı')),
        30_000,
        'ad notu',
      );
      expect(String(note.args.text)).toMatch(/klasör kısmı atıldı|baştaki nokta|kısaltıldı/);
      const verdict = await bot.standIn.waitFor(
        () => [...bot.standIn.callsTo('chat.update'), ...bot.standIn.callsTo('chat.postMessage')].find((c) => c.args.channel === channel && /^(✅|❌)/.test(String(c.args.text ?? ''))) ??
          bot.standIn.callsTo('chat.update').find((c) => c.args.channel === channel && Array.isArray(c.args.blocks)),
        60_000,
        'sonuç',
      );
      expect(JSON.stringify(verdict.args)).not.toMatch(/bilinmeyen hata|ENAMETOOLONG|\/tmp\//);
      const fileNames = (bot.assistant.inner as FakeAssistant).calls.flatMap((c) => (c.method === 'addDocument' ? [c.fileName] : []));
      const given = fileNames[fileNames.length - 1]!;
      expect(given).not.toMatch(/[\\/]|^\.|%/);
      expect(given.length).toBeLessThanOrEqual(110);
    });
  });
});

describe('red team › messages to Slack never carry server paths or raw system errors', () => {
  it('a real EISDIR on a data file becomes words, without the path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kurum-eisdir-'));
    try {
      const error = await readFile(dir).catch((e: unknown) => e);
      const text = describeError(error);
      expect(text).not.toContain(dir);
      expect(text).not.toMatch(/EISDIR|illegal operation/);
      expect(text).toMatch(/klasör/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('an admin status with a failed build names no absolute catalog path or build folder', () => {
    const status = { ...new FakeAssistant().status(), problem: 'Katalog okunamadı: /srv/kurum/corpus/catalog.json (Unexpected end of JSON input); /srv/kurum/data/builds/v7.partial silindi' };
    const text = JSON.stringify(renderIndexStatus(status));
    expect(text).not.toContain('/srv/kurum');
    expect(text).toContain('catalog.json');
  });
});
