import { cp, readdir } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateSharedCorpus } from '../../../src/config/shared-corpora.js';
import { REPO_ROOT } from '../../helpers/temp-corpus.js';
import { ADMIN, startE2eBot, type E2eBot } from '../slack/start-e2e-bot.js';

/** A long text PDF (Turkish letters, DejaVu Sans): what an admin uploads when a whole code arrives as a scan-free PDF. */
function largePdf(pages: number): Promise<Buffer> {
  const font = execFileSync('fc-match', ['-f', '%{file}', 'DejaVu Sans'], { encoding: 'utf8' });
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', autoFirstPage: false });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font(font).fontSize(10);
    for (let p = 1; p <= pages; p += 1) {
      doc.addPage();
      if (p === 1) doc.fontSize(14).text('KAMU GÖREVLİLERİ DİSİPLİN YÖNERGESİ').fontSize(10);
      for (let m = 0; m < 6; m += 1) {
        const n = (p - 1) * 6 + m + 1;
        doc.text(`MADDE ${n} – Görevli, ${n}. fıkrada sayılan yükümlülüğü yerine getirmediğinde birim amiri yazılı savunma ister; savunma süresi yedi gündür ve süre içinde verilmeyen savunma hakkından vazgeçilmiş sayılır.`);
        doc.moveDown(0.5);
      }
    }
    doc.end();
  });
}

/**
 * Issue 14: a re-index of a large corpus and a large PDF upload used to block the event loop for tens of seconds,
 * so Slack's 3 s ack window was missed. Builds and PDF parsing now run in a child process: probes are
 * acknowledged within Slack's window while both run, and none waits for the jobs (bounds relative to the jobs'
 * own time in the same run, so a loaded machine does not fail it).
 */
describe('acks while re-indexing the scale corpus and parsing a large PDF upload', () => {
  let bot: E2eBot;

  beforeAll(async () => {
    bot = await startE2eBot({ rateLimitPerMinute: 1000 });
    const scale = locateSharedCorpus('scale-corpus', REPO_ROOT);
    await cp(scale, join(bot.root, 'corpus', 'olcek'), { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await bot?.stop();
  });

  it('/sor probes are acknowledged within 3 s and never wait for the jobs, and both jobs complete', async () => {
    const pdf = await largePdf(400);
    // A first command before the jobs start (not counted): Bolt's first request and the first answer warm up here.
    await bot.sendCommand({ command: '/sor', text: 'Yıllık izin kaç gün?', user_id: 'UPROBEWARM', channel_id: 'CPROBE001', response_url: bot.standIn.responseUrl('probe-warm') });
    await bot.standIn.waitFor(() => bot.standIn.responsesTo('probe-warm')[0], 60_000);
    bot.standIn.addFile({ id: 'FBUYUK01', name: 'disiplin-yonergesi.pdf', filetype: 'pdf', mimetype: 'application/pdf', bytes: pdf });
    const reindex = await bot.sendCommand({ command: '/dizin', text: 'yenile', user_id: ADMIN, channel_id: 'CPROBE001', response_url: bot.standIn.responseUrl('olcek-yenile') });
    expect(reindex.status).toBe(200);
    await bot.sendEvent({ type: 'file_shared', file_id: 'FBUYUK01', user_id: ADMIN, channel_id: 'DADMBUYUK', file: { id: 'FBUYUK01' } });

    const reindexDone = () => bot.standIn.responsesTo('olcek-yenile').some((r) => /yenilendi|yenilenemedi/.test(String(r.body.text)));
    const uploadDone = () =>
      [...bot.standIn.callsTo('chat.update'), ...bot.standIn.callsTo('chat.postMessage')].some(
        (c) => c.args.channel === 'DADMBUYUK' && /^(✅|❌)/.test(String(c.args.text)),
      );
    const acks: number[] = [];
    const jobsStarted = Date.now();
    const deadline = Date.now() + 600_000;
    for (let i = 0; !(reindexDone() && uploadDone()) && Date.now() < deadline; i += 1) {
      const r = await bot.sendCommand({ command: '/sor', text: 'Yıllık izin kaç gün?', user_id: `UPROBE${i}`, channel_id: 'CPROBE001', response_url: bot.standIn.responseUrl(`probe-${i}`) });
      expect(r.status).toBe(200);
      acks.push(r.ms);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    expect(reindexDone() && uploadDone()).toBe(true);
    const jobsMs = Date.now() - jobsStarted;
    const summary = bot.standIn.responsesTo('olcek-yenile').find((r) => /yenilendi/.test(String(r.body.text)));
    expect(summary, 'yeniden dizinleme başarılı bitmeli').toBeTruthy();
    expect(acks.length).toBeGreaterThan(5);
    // A blocked event loop makes a probe wait about as long as the jobs; a busy machine only slows everything a
    // little. So: the typical ack is inside Slack's 3 s, and none waits for a real share of the jobs' time.
    const sorted = [...acks].sort((a, b) => a - b);
    const detail = `ack süreleri (ms): ${acks.join(', ')}; işler ${jobsMs} ms`;
    expect(sorted[Math.floor(sorted.length / 2)], detail).toBeLessThan(3000);
    expect(sorted.at(-1)!, detail).toBeLessThan(Math.max(3000, jobsMs / 4));
    expect(bot.assistant.status().documents).toBeGreaterThan(8);
    expect((await readdir(join(bot.dataDir, 'builds'))).filter((n) => n.endsWith('.partial'))).toEqual([]);
  }, 700_000);
});
