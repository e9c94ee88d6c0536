import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../src/slack/slack-messages.js';
import type { FeedbackRecord } from '../../../src/slack/index.js';
import { BOT_USER_ID } from '../../fakes/slack-api-stand-in.js';
import { postSigned } from '../../fakes/slack-requests.js';
import { blocksText, buttonValue, feedbackAnswerId, waitForFinal, waitForPlaceholder } from './block-helpers.js';
import { corruptPdf, encryptedPdf, gazetteBytes, imageOnlyPdf, notReallyPdf } from './make-upload-files.js';
import { ADMIN, nextTs, SIGNING_SECRET, startE2eBot, type E2eBot } from './start-e2e-bot.js';

const PAY_CAP = 'Sözleşmeli personelin ücret tavanı ne kadar?';
// First person ("iznim"): an entitlement question about the asker, which the engine marks `personal`.
const LEAVE = 'Sözleşmeli personelim, 8 yıl hizmetim var; yıllık iznim kaç gün?';
const FOLLOW_UP = 'peki 12 yıl olsaydı?';
const GAZETTE_QUESTION = 'Bölge okulu özellikli olarak belirlenebilmesi için hangi şartlar gerekir?';
const CHANNEL = 'CGENEL001';

let bot: E2eBot;

beforeAll(async () => {
  bot = await startE2eBot();
});

afterAll(async () => {
  await bot?.stop();
});

/** Mentions the bot in a channel and returns the placeholder and the final chat.update. */
async function mention(question: string, user: string, channel = CHANNEL) {
  const ts = nextTs();
  const text = `<@${BOT_USER_ID}> ${question}`;
  const response = await bot.sendEvent({ type: 'app_mention', user, text, ts, channel });
  // Slack also delivers the same message as a message.channels event: it must not be answered twice.
  await bot.sendEvent({ type: 'message', channel_type: 'channel', user, text, ts, channel });
  const placeholder = await waitForPlaceholder(bot.standIn, channel, ts);
  return { ts, response, placeholder, final: await waitForFinal(bot.standIn, placeholder) };
}

describe('Slack bot › request verification', () => {
  it('answers url_verification with the challenge', async () => {
    const r = await postSigned(`${bot.baseUrl}/slack/events`, SIGNING_SECRET, {
      json: { type: 'url_verification', token: 't', challenge: 'meydan-okuma-123' },
    });
    expect(r.status).toBe(200);
    expect(r.text).toContain('meydan-okuma-123');
  });

  it('rejects a bad signature and a stale timestamp with 401, before any handler runs', async () => {
    const asksBefore = bot.assistant.asks.length;
    const event = { type: 'app_mention', user: 'UFORGE01', text: `<@${BOT_USER_ID}> ${PAY_CAP}`, ts: nextTs(), channel: CHANNEL };
    const forged = await bot.sendEvent(event, { signWith: 'baska-sir' });
    const stale = await bot.sendEvent(event, { timestampSec: Math.floor(Date.now() / 1000) - 10 * 60 });
    expect(forged.status).toBe(401);
    expect(stale.status).toBe(401);
    await new Promise((r) => setTimeout(r, 300));
    expect(bot.assistant.asks.length).toBe(asksBefore);
  });

  it('serves GET /healthz on the same port', async () => {
    const r = await fetch(`${bot.baseUrl}/healthz`);
    expect(r.status).toBe(200);
    const body = (await r.json()) as { ok: boolean; documents: number };
    expect(body.ok).toBe(true);
    expect(body.documents).toBeGreaterThan(0);
  });
});

describe('Slack bot › questions', () => {
  it('@mention → placeholder in the thread, replaced by the answer with numbered sources, once', async () => {
    const { response, final } = await mention(PAY_CAP, 'UASK0001');
    expect(response.status).toBe(200);
    expect(response.ms).toBeLessThan(3000);
    const text = blocksText(final.args.blocks);
    expect(text).toContain('*Kaynaklar*');
    expect(text).toMatch(/\*\[1\] Sözleşmeli Personel/);
    expect(text).toMatch(/Madde 3/);
    // Each verbatim quote appears once in the message (in the answer text or under its source), never twice.
    const ask = bot.assistant.asks.find((a) => a.question === PAY_CAP && a.answer)!;
    for (const c of ask.answer!.citations) {
      const quote = c.quote.replace(/\s+/g, ' ').trim().replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      expect(text.replace(/\s+/g, ' ').split(quote).length - 1, quote).toBe(1);
    }
    expect(text).not.toContain('corpus/');
    expect(feedbackAnswerId(final.args.blocks)).toBeTruthy();
    expect(buttonValue(final.args.blocks, 'show_passage')).toBeTruthy();
    expect(bot.assistant.asks.filter((a) => a.question === PAY_CAP)).toHaveLength(1);
  });

  it('entitlement question in a public channel → ephemeral answer to the asker and a short public note; follow-up without a mention uses the thread', async () => {
    const user = 'UASK0002';
    const { ts, final } = await mention(LEAVE, user);
    expect(String(final.args.text)).toContain('🔒');
    expect(final.args.blocks).toBeUndefined();
    const ephemeral = await bot.standIn.waitFor(() =>
      bot.standIn.callsTo('chat.postEphemeral').find((c) => c.args.user === user && c.args.thread_ts === ts),
    );
    const privateText = blocksText(ephemeral.args.blocks);
    expect(privateText).toContain(MESSAGES.personalNote);
    expect(privateText).toMatch(/20 gün|yirmi gün/);
    expect(privateText).toContain('*Kaynaklar*');

    // A reply in the thread, no @mention: answered with the thread's earlier question as history.
    const followTs = nextTs();
    await bot.sendEvent({ type: 'message', channel_type: 'channel', channel: CHANNEL, user, text: FOLLOW_UP, ts: followTs, thread_ts: ts });
    const ask = await bot.standIn.waitFor(() => bot.assistant.asks.find((a) => a.question === FOLLOW_UP && a.answer));
    expect(ask.history.map((t) => t.question)).toContain(LEAVE);
    // The follow-up is about the same person's entitlement: it stays private as well.
    const followUp = await bot.standIn.waitFor(() =>
      bot.standIn.callsTo('chat.postEphemeral').filter((c) => c.args.user === user && c.args.thread_ts === ts)[1],
    );
    expect(blocksText(followUp.args.blocks)).toContain(MESSAGES.personalNote);
    expect(ask.answer?.answer).toMatch(/30 gün|otuz gün/);
  });

  it('ignores a thread reply in a thread the bot is not part of', async () => {
    const before = bot.assistant.asks.length;
    await bot.sendEvent({ type: 'message', channel_type: 'channel', channel: CHANNEL, user: 'UASK0003', text: FOLLOW_UP, ts: nextTs(), thread_ts: nextTs() });
    await new Promise((r) => setTimeout(r, 300));
    expect(bot.assistant.asks.length).toBe(before);
  });

  it('DM → answered in the DM (top level), and a DM follow-up carries the earlier turn', async () => {
    const user = 'UASK0004';
    const dm = 'DASK0004';
    await bot.sendEvent({ type: 'message', channel_type: 'im', channel: dm, user, text: PAY_CAP, ts: nextTs() });
    const first = await waitForFinal(bot.standIn, await waitForPlaceholder(bot.standIn, dm, undefined));
    expect(blocksText(first.args.blocks)).toContain('*Kaynaklar*');
    expect(bot.standIn.callsTo('chat.postEphemeral').some((c) => c.args.channel === dm)).toBe(false);

    await bot.sendEvent({ type: 'message', channel_type: 'im', channel: dm, user, text: LEAVE, ts: nextTs() });
    const ask = await bot.standIn.waitFor(() => bot.assistant.asks.find((a) => a.question === LEAVE && a.history.length > 0 && a.answer));
    expect(ask.history[0]?.question).toBe(PAY_CAP);
    // Personal, but in a DM: answered in place, not ephemerally.
    const finals = await bot.standIn.waitFor(() => {
      const updates = bot.standIn.callsTo('chat.update').filter((c) => c.args.channel === dm && blocksText(c.args.blocks).includes('gün'));
      return updates.length > 0 ? updates : undefined;
    });
    expect(finals.length).toBeGreaterThan(0);
  });

  it('retried delivery of the same event_id is answered once', async () => {
    const ts = nextTs();
    const event = { type: 'app_mention', user: 'UASK0005', text: `<@${BOT_USER_ID}> Ücret tavanı 2011 yılında ne kadardı?`, ts, channel: CHANNEL };
    const first = await bot.sendEvent(event, { eventId: 'EvRETRY0001' });
    const retry = await bot.sendEvent(event, { eventId: 'EvRETRY0001', retryNum: 1 });
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    const placeholder = await waitForPlaceholder(bot.standIn, CHANNEL, ts);
    await waitForFinal(bot.standIn, placeholder);
    await new Promise((r) => setTimeout(r, 300));
    expect(bot.standIn.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === ts)).toHaveLength(1);
    expect(bot.assistant.asks.filter((a) => a.question === 'Ücret tavanı 2011 yılında ne kadardı?')).toHaveLength(1);
  });

  it('acknowledges within 3 s even when the engine is slow, says it is still working, then answers', async () => {
    bot.assistant.askDelayMs = 4000;
    try {
      const ts = nextTs();
      const r = await bot.sendEvent({ type: 'app_mention', user: 'UASK0006', text: `<@${BOT_USER_ID}> ${PAY_CAP}`, ts, channel: CHANNEL });
      expect(r.status).toBe(200);
      expect(r.ms).toBeLessThan(3000);
      const placeholder = await waitForPlaceholder(bot.standIn, CHANNEL, ts);
      await bot.standIn.waitFor(() =>
        bot.standIn.callsTo('chat.update').find((c) => c.args.ts === placeholder.response.ts && c.args.text === MESSAGES.stillWorking),
      );
      const final = await waitForFinal(bot.standIn, placeholder);
      expect(blocksText(final.args.blocks)).toContain('*Kaynaklar*');
    } finally {
      bot.assistant.askDelayMs = 0;
    }
  });

  it('an engine failure ends in a message with the reason, never silence', async () => {
    bot.assistant.failNextAsk = new Error('dizin dosyası okunamadı');
    const { final } = await mention('Kars raporunda işsizlik oranı kaç?', 'UASK0007');
    expect(String(final.args.text)).toMatch(/^⚠️ Bu soruyu yanıtlayamadım: /);
    expect(String(final.args.text)).toContain('dizin dosyası okunamadı');
  });

  it('rate-limits a user with a friendly Turkish message', async () => {
    const user = 'URATE0001';
    const dm = 'DRATE0001';
    for (let i = 0; i < 6; i += 1) {
      await bot.sendEvent({ type: 'message', channel_type: 'im', channel: dm, user, text: `${PAY_CAP} (${i})`, ts: nextTs() });
    }
    const limited = await bot.standIn.waitFor(() =>
      bot.standIn.callsTo('chat.postMessage').find((c) => c.args.channel === dm && String(c.args.text).includes('yavaşlayalım')),
    );
    expect(String(limited.args.text)).toMatch(/dakikada en çok 5 soru/);
    expect(bot.assistant.asks.filter((a) => a.question.startsWith(PAY_CAP) && a.question.includes('('))).toHaveLength(5);
  });
});

describe('Slack bot › /sor, sharing, passages, feedback', () => {
  it('/sor → private placeholder at once, replaced by the answer with a share button; sharing posts it in the channel', async () => {
    const r = await bot.sendCommand({ command: '/sor', text: PAY_CAP, user_id: 'USOR0001', channel_id: CHANNEL, response_url: bot.standIn.responseUrl('sor-1') });
    expect(r.status).toBe(200);
    expect(r.ms).toBeLessThan(3000);
    expect(JSON.parse(r.text)).toMatchObject({ response_type: 'ephemeral', text: MESSAGES.working });
    const answer = await bot.standIn.waitFor(() => bot.standIn.responsesTo('sor-1')[0]);
    expect(answer.body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(blocksText(answer.body.blocks)).toContain('*Kaynaklar*');
    const answerId = buttonValue(answer.body.blocks, 'share_answer');
    expect(answerId).toBeTruthy();

    await bot.click({ action_id: 'share_answer', value: answerId!, user_id: 'USOR0001', channel_id: CHANNEL, message_ts: nextTs(), response_url: bot.standIn.responseUrl('share-1') });
    const shared = await bot.standIn.waitFor(() => bot.standIn.responsesTo('share-1').find((x) => x.body.response_type === 'in_channel'));
    expect(blocksText(shared.body.blocks)).toContain('<@USOR0001> bu yanıtı paylaştı');
    await bot.standIn.waitFor(() => bot.standIn.responsesTo('share-1').find((x) => x.body.delete_original === true));
  });

  it('/sor without a question explains the usage', async () => {
    const r = await bot.sendCommand({ command: '/sor', text: '  ', user_id: 'USOR0002', channel_id: CHANNEL, response_url: bot.standIn.responseUrl('sor-2') });
    expect(JSON.parse(r.text).text).toContain('Kullanım: `/sor <soru>`');
  });

  it('feedback 👍 (feedback_buttons) is stored with the question, the answer, its citations and the mode in the state store', async () => {
    const { final, placeholder } = await mention(PAY_CAP, 'UFEED001');
    const answerId = feedbackAnswerId(final.args.blocks)!;
    const r = await bot.clickFeedback({
      vote: 'up',
      answerId,
      user_id: 'UFEED001',
      channel_id: CHANNEL,
      message_ts: String(placeholder.response.ts),
      response_url: bot.standIn.responseUrl('fb-1'),
    });
    expect(r.status).toBe(200);
    const thanks = await bot.standIn.waitFor(() => bot.standIn.responsesTo('fb-1')[0]);
    expect(String(thanks.body.text)).toContain('Teşekkürler');
    const record = (await bot.store.feedback.list()).find((x: FeedbackRecord) => x.answerId === answerId)!;
    expect(record).toMatchObject({ vote: 'up', userId: 'UFEED001', channelId: CHANNEL, question: PAY_CAP, mode: 'extractive', reason: null });
    expect(record.answer).toBeTruthy();
    expect(record.citations.length).toBeGreaterThan(0);
    expect(record.citations[0]).toHaveProperty('locator');
  });

  it('"Tam metni göster" opens the whole passage in a modal', async () => {
    const { final } = await mention(PAY_CAP, 'UPASS001');
    const chunkId = buttonValue(final.args.blocks, 'show_passage')!;
    await bot.click({ action_id: 'show_passage', value: chunkId, user_id: 'UPASS001', channel_id: CHANNEL, message_ts: nextTs(), response_url: bot.standIn.responseUrl('pass-1'), block_id: 'src1' });
    const open = await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open')[0]);
    expect(open.args.view).toMatchObject({ type: 'modal' });
    expect(blocksText((open.args.view as { blocks: unknown }).blocks)).toMatch(/Sözleşmeli Personel/);
  });

  it('App Home lists the documents, the last re-index and example questions', async () => {
    await bot.sendEvent({ type: 'app_home_opened', user: 'UHOME001', channel: 'DHOME001', tab: 'home' });
    const publish = await bot.standIn.waitFor(() => bot.standIn.callsTo('views.publish').find((c) => c.args.user_id === 'UHOME001'));
    const text = blocksText((publish.args.view as { blocks: unknown }).blocks);
    expect(text).toContain('Son dizin güncellemesi');
    expect(text).toContain('Örnek sorular');
    expect(text).toContain('Sözleşmeli Personel Çalıştırılmasına İlişkin Esaslar');
    expect(text).not.toContain('Yönetici komutları');
  });
});

describe('Slack bot › administration', () => {
  it('a non-admin /dizin yenile is refused and nothing happens', async () => {
    const before = bot.assistant.reindexes.length;
    const r = await bot.sendCommand({ command: '/dizin', text: 'yenile', user_id: 'UNOTADM1', channel_id: CHANNEL, response_url: bot.standIn.responseUrl('dz-1') });
    expect(JSON.parse(r.text).text).toBe(MESSAGES.noPermission);
    await new Promise((r2) => setTimeout(r2, 300));
    expect(bot.assistant.reindexes.length).toBe(before);
    expect(bot.standIn.responsesTo('dz-1')).toHaveLength(0);
  });

  it('admin /dizin durum shows documents, chunks, last re-index and index size', async () => {
    const r = await bot.sendCommand({ command: '/dizin', text: 'durum', user_id: ADMIN, channel_id: CHANNEL, response_url: bot.standIn.responseUrl('dz-2') });
    const text = blocksText(JSON.parse(r.text).blocks);
    expect(text).toMatch(/\*Belgeler:\* \d+/);
    expect(text).toMatch(/\*Parçalar:\* \d+/);
    expect(text).toContain('Son dizin güncellemesi');
    expect(text).toContain('Dizin boyutu');
  });

  it('admin /dizin liste lists documents with their ids', async () => {
    const r = await bot.sendCommand({ command: '/dizin', text: 'liste', user_id: ADMIN, channel_id: CHANNEL, response_url: bot.standIn.responseUrl('dz-3') });
    expect(blocksText(JSON.parse(r.text).blocks)).toContain('`sozlesmeli-personel-esaslari`');
  });

  it('admin /dizin yenile re-indexes while questions keep being answered', async () => {
    bot.assistant.reindexDelayMs = 2500;
    try {
      const r = await bot.sendCommand({ command: '/dizin', text: 'yenile', user_id: ADMIN, channel_id: CHANNEL, response_url: bot.standIn.responseUrl('dz-4') });
      expect(JSON.parse(r.text).text).toContain('Dizin yeniden oluşturuluyor');
      const { final } = await mention(PAY_CAP, 'UDURING1');
      expect(blocksText(final.args.blocks)).toContain('*Kaynaklar*');
      expect(bot.standIn.responsesTo('dz-4')).toHaveLength(0); // the answer came while the re-index was still running
      const done = await bot.standIn.waitFor(() => bot.standIn.responsesTo('dz-4')[0], 120_000);
      expect(blocksText(done.body.blocks)).toContain('Dizin yenilendi');
    } finally {
      bot.assistant.reindexDelayMs = 0;
    }
  });

  it('a non-admin PDF upload to the DM is refused without downloading', async () => {
    bot.standIn.addFile({ id: 'FNOADM01', name: 'genelge.pdf', filetype: 'pdf', mimetype: 'application/pdf', bytes: await gazetteBytes() });
    await bot.sendEvent({ type: 'file_shared', file_id: 'FNOADM01', user_id: 'UNOTADM1', channel_id: 'DNOADM01', file: { id: 'FNOADM01' } });
    const refusal = await bot.standIn.waitFor(() => bot.standIn.callsTo('chat.postMessage').find((c) => c.args.channel === 'DNOADM01'));
    expect(String(refusal.args.text)).toBe(MESSAGES.uploadNoPermission);
    expect(bot.standIn.downloads.filter((d) => d.fileId === 'FNOADM01')).toHaveLength(0);
  });

  const badUploads: [string, () => Promise<{ name: string; filetype: string; mimetype: string; bytes: Buffer }>, RegExp][] = [
    ['presentation (no loader reads it)', async () => ({ name: 'sunum.pptx', filetype: 'pptx', mimetype: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', bytes: Buffer.from('PK\x03\x04 slides') }), /eklenebilen türler: \.pdf, \.txt, \.md, \.docx, \.html, \.htm/],
    ['corrupt Word file', async () => ({ name: 'notlar.docx', filetype: 'docx', mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: Buffer.from('PK\x03\x04 word') }), /Word \(\.docx\)/],
    ['non-PDF named .pdf', async () => ({ name: 'resim.pdf', filetype: 'pdf', mimetype: 'application/pdf', bytes: notReallyPdf() }), /PDF/],
    ['empty', async () => ({ name: 'bos.pdf', filetype: 'pdf', mimetype: 'application/pdf', bytes: Buffer.alloc(0) }), /boş/],
    ['corrupt', async () => ({ name: 'bozuk.pdf', filetype: 'pdf', mimetype: 'application/pdf', bytes: await corruptPdf() }), /.+/],
    ['encrypted', async () => ({ name: 'sifreli.pdf', filetype: 'pdf', mimetype: 'application/pdf', bytes: await encryptedPdf() }), /şifre|parola/i],
    ['image-only', async () => ({ name: 'taranmis.pdf', filetype: 'pdf', mimetype: 'application/pdf', bytes: await imageOnlyPdf() }), /metin|görüntü|taran/i],
  ];

  it.each(badUploads)('rejects a %s upload with the reason and leaves the index unchanged', async (_kind, make, reason) => {
    const file = await make();
    const id = `FBAD${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
    bot.standIn.addFile({ id, ...file });
    const documentsBefore = bot.assistant.documents().map((d) => d.id);
    const channel = `DADM${id}`;
    await bot.sendEvent({ type: 'file_shared', file_id: id, user_id: ADMIN, channel_id: channel, file: { id } });
    const verdict = await bot.standIn.waitFor(
      () =>
        [...bot.standIn.callsTo('chat.update'), ...bot.standIn.callsTo('chat.postMessage')].find(
          (c) => c.args.channel === channel && String(c.args.text).startsWith('❌'),
        ),
      60_000,
    );
    const text = String(verdict.args.text);
    expect(text).toContain('eklenemedi');
    expect(text).toContain('Dizin değişmedi.');
    expect(text.replace(/^❌ \*[^*]+\* eklenemedi: /, '')).toMatch(reason);
    expect(bot.assistant.documents().map((d) => d.id)).toEqual(documentsBefore);
  });

  it('an admin PDF upload (the gazette) is downloaded with the bot token, indexed, confirmed, and answerable at once', async () => {
    const before = bot.assistant.status().documents;
    bot.standIn.addFile({ id: 'FGAZETE1', name: 'tebligler-dergisi-2024-s1120.pdf', filetype: 'pdf', mimetype: 'application/pdf', bytes: await gazetteBytes() });
    const r = await bot.sendEvent({ type: 'file_shared', file_id: 'FGAZETE1', user_id: ADMIN, channel_id: 'DADMIN01', file: { id: 'FGAZETE1' } });
    expect(r.ms).toBeLessThan(3000);
    const confirmation = await bot.standIn.waitFor(
      () =>
        [...bot.standIn.callsTo('chat.update'), ...bot.standIn.callsTo('chat.postMessage')].find(
          (c) => c.args.channel === 'DADMIN01' && /^(✅|❌)/.test(String(c.args.text)),
        ),
      120_000,
    );
    const text = String(confirmation.args.text);
    expect(text).toMatch(/^✅ /);
    expect(text).toMatch(/20 sayfa · \d+ parça/);
    expect(bot.standIn.callsTo('files.info').some((c) => c.args.file === 'FGAZETE1')).toBe(true);
    expect(bot.standIn.downloads.find((d) => d.fileId === 'FGAZETE1')?.authorization).toBe('Bearer xoxb-test-kurum');
    expect(bot.assistant.status().documents).toBe(before + 1);
    const added = bot.assistant.added.at(-1);
    if (!added || added instanceof Error) throw new Error('belge eklenmedi');
    expect(text).toContain(`\`${added.id}\``);

    const dm = 'DASK0009';
    await bot.sendEvent({ type: 'message', channel_type: 'im', channel: dm, user: 'UASK0009', text: GAZETTE_QUESTION, ts: nextTs() });
    const final = await waitForFinal(bot.standIn, await waitForPlaceholder(bot.standIn, dm, undefined));
    const ask = bot.assistant.asks.find((a) => a.question === GAZETTE_QUESTION)!;
    expect(ask.answer?.citations.some((c) => c.docId === added.id)).toBe(true);
    expect(blocksText(final.args.blocks)).toContain('*Kaynaklar*');
  });
});
