import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedbackRecord } from '../../../src/slack/index.js';
import { MESSAGES } from '../../../src/slack/slack-messages.js';
import { BOT_USER_ID, type RecordedCall } from '../../fakes/slack-api-stand-in.js';
import { allBlockText, blocksText, feedbackAnswerId, waitForFinal, waitForPlaceholder } from './block-helpers.js';
import { ADMIN, nextTs, startE2eBot, type E2eBot } from './start-e2e-bot.js';

const PAY_CAP = 'Sözleşmeli personelin ücret tavanı ne kadar?';
const LEAVE = '8 yıl hizmeti olan sözleşmeli personel kaç gün yıllık izin alır?';

let bot: E2eBot;

beforeAll(async () => {
  // No "still working" notice within these tests, however busy the machine: the status sequence is exact.
  bot = await startE2eBot({ withGazette: true, rateLimitPerMinute: 50, slowNoticeMs: 120_000 });
});

afterAll(async () => {
  await bot?.stop();
});

/** Opens the agent view in a fresh DM thread (what Slack sends when the user clicks the app in the top bar). */
async function openAgentThread(user: string) {
  const channel = `D${user.slice(1)}`;
  const threadTs = nextTs();
  await bot.sendEvent({
    type: 'assistant_thread_started',
    assistant_thread: { user_id: user, channel_id: channel, thread_ts: threadTs, context: { channel_id: 'CGENEL001', team_id: 'T0KURUM1' } },
  });
  return { channel, threadTs };
}

/** A question typed in the agent view's thread. */
async function askInAgentThread(user: string, channel: string, threadTs: string, text: string) {
  const ts = nextTs();
  await bot.sendEvent({ type: 'message', channel_type: 'im', channel, user, text, ts, thread_ts: threadTs });
  return ts;
}

const inThread = (channel: string, threadTs: string) => (c: RecordedCall) =>
  (c.args.channel === channel || c.args.channel_id === channel) && c.args.thread_ts === threadTs;

describe('Slack agent view › thread start', () => {
  it('greets in the thread and offers the four suggested prompts of corpus/suggested-prompts.json', async () => {
    const { channel, threadTs } = await openAgentThread('UAGENT01');
    const prompts = await bot.standIn.waitFor(() => bot.standIn.callsTo('assistant.threads.setSuggestedPrompts').find(inThread(channel, threadTs)));
    const file = JSON.parse(await readFile(join(bot.root, 'corpus', 'suggested-prompts.json'), 'utf8')) as { prompts: { title: string; message: string }[] };
    expect(prompts.args.prompts).toEqual(file.prompts.map(({ title, message }) => ({ title, message })));
    expect(prompts.args.title).toBe(MESSAGES.suggestedPromptsTitle);
    const greeting = bot.standIn.callsTo('chat.postMessage').find(inThread(channel, threadTs));
    expect(String(greeting?.args.text)).toBe(MESSAGES.agentGreeting);
  });
});

describe('Slack agent view › questions', () => {
  it('sets the status while working, posts the answer in the thread, then clears the status; the first question titles the thread', async () => {
    const user = 'UAGENT02';
    const { channel, threadTs } = await openAgentThread(user);
    const ts = await askInAgentThread(user, channel, threadTs, PAY_CAP);
    const clear = await bot.standIn.waitFor(() =>
      bot.standIn.callsTo('assistant.threads.setStatus').find((c) => inThread(channel, threadTs)(c) && c.args.status === ''),
    );
    const sequence = bot.standIn.calls.filter((c) => inThread(channel, threadTs)(c) && c.method !== 'assistant.threads.setSuggestedPrompts');
    const methods = sequence.map((c) => `${c.method}${c.method === 'assistant.threads.setStatus' ? `(${String(c.args.status)})` : ''}`);
    // Greeting, title, status on, answer, status off.
    expect(methods).toEqual([
      'chat.postMessage',
      'assistant.threads.setTitle',
      `assistant.threads.setStatus(${MESSAGES.statusSearching})`,
      'chat.postMessage',
      'assistant.threads.setStatus()',
    ]);
    const status = sequence[2]!;
    expect(status.args.loading_messages).toEqual(MESSAGES.loadingMessages);
    expect((status.args.loading_messages as string[]).length).toBeLessThanOrEqual(10);
    expect(sequence[1]!.args.title).toBe(PAY_CAP);
    const answer = sequence[3]!;
    const why = `${String(answer.args.text)} | ${bot.logger.lines.filter((l) => l.level !== 'debug').map((l) => l.text).join(' / ')}`;
    expect(blocksText(answer.args.blocks), why).toContain('*Kaynaklar*');
    expect(feedbackAnswerId(answer.args.blocks)).toBeTruthy();
    expect(clear.at).toBeGreaterThanOrEqual(answer.at);
    // The agent view's messages never reach the plain DM listener: no "⏳" placeholder, asked once.
    expect(bot.standIn.callsTo('chat.postMessage').some((c) => c.args.channel === channel && c.args.text === MESSAGES.working)).toBe(false);
    expect(bot.assistant.asks.filter((a) => a.question === PAY_CAP && a.history.length === 0).length).toBeGreaterThanOrEqual(1);
    expect(ts).toBeTruthy();
  });

  it('a follow-up in the same agent thread carries the earlier turn and keeps the title', async () => {
    const user = 'UAGENT03';
    const { channel, threadTs } = await openAgentThread(user);
    await askInAgentThread(user, channel, threadTs, LEAVE);
    await bot.standIn.waitFor(() => bot.standIn.callsTo('assistant.threads.setStatus').find((c) => inThread(channel, threadTs)(c) && c.args.status === ''));
    await askInAgentThread(user, channel, threadTs, 'peki 12 yıl olsaydı?');
    const ask = await bot.standIn.waitFor(() => bot.assistant.asks.find((a) => a.question === 'peki 12 yıl olsaydı?' && a.history.length > 0 && a.answer));
    expect(ask.history[0]?.question).toBe(LEAVE);
    expect(ask.answer?.answer).toMatch(/30 gün/);
    await bot.standIn.waitFor(() => bot.standIn.callsTo('assistant.threads.setStatus').filter((c) => inThread(channel, threadTs)(c) && c.args.status === '')[1]);
    expect(bot.standIn.callsTo('assistant.threads.setTitle').filter(inThread(channel, threadTs))).toHaveLength(1);
  });

  it('an engine failure in the agent thread ends with the reason and a cleared status', async () => {
    const user = 'UAGENT04';
    const { channel, threadTs } = await openAgentThread(user);
    bot.assistant.failNextAsk = new Error('dizin dosyası okunamadı');
    await askInAgentThread(user, channel, threadTs, 'Kars raporunda işsizlik oranı kaç?');
    await bot.standIn.waitFor(() => bot.standIn.callsTo('assistant.threads.setStatus').find((c) => inThread(channel, threadTs)(c) && c.args.status === ''));
    const failure = bot.standIn.callsTo('chat.postMessage').filter(inThread(channel, threadTs)).at(-1)!;
    expect(String(failure.args.text)).toMatch(/^⚠️ Bu soruyu yanıtlayamadım: .*dizin dosyası okunamadı/);
  });
});

describe('Slack › tool progress', () => {
  it('shows each tool call as a task card: the tool, its inputs in Turkish, done — and the result once', async () => {
    const ts = nextTs();
    await bot.sendEvent({ type: 'app_mention', user: 'UTOOL001', text: `<@${BOT_USER_ID}> ${LEAVE}`, ts, channel: 'CTOOL0001' });
    await waitForFinal(bot.standIn, await waitForPlaceholder(bot.standIn, 'CTOOL0001', ts));
    // An entitlement: the answer goes to the asker only.
    const answer = await bot.standIn.waitFor(() => bot.standIn.callsTo('chat.postEphemeral').find((c) => c.args.channel === 'CTOOL0001' && c.args.thread_ts === ts));
    const blocks = answer.args.blocks as { type: string; title?: string; tasks?: Record<string, unknown>[] }[];
    const plan = blocks.find((b) => b.type === 'plan')!;
    expect(plan.title).toBe('Hesaplama adımları');
    expect(plan.tasks?.[0]).toMatchObject({ type: 'task_card', title: 'İzin hesabı', status: 'complete' });
    const details = allBlockText(plan.tasks);
    expect(details).toContain('hizmet süresi (yıl): 8');
    expect(details).toContain('izin türü: yıllık izin');
    const everything = allBlockText(blocks);
    expect(everything).toContain('20 gün');
    expect(everything.match(/→ 20 gün/g) ?? []).toHaveLength(1);
  });
});

describe('Slack › native feedback', () => {
  it('👎 on feedback_buttons stores the vote at once, opens the "why" window, and stores the reason with the answer', async () => {
    const user = 'UFEEDDN1';
    const ts = nextTs();
    await bot.sendEvent({ type: 'app_mention', user, text: `<@${BOT_USER_ID}> ${PAY_CAP}`, ts, channel: 'CFEED0001' });
    const placeholder = await waitForPlaceholder(bot.standIn, 'CFEED0001', ts);
    const final = await waitForFinal(bot.standIn, placeholder);
    const answerId = feedbackAnswerId(final.args.blocks)!;
    const opensBefore = bot.standIn.callsTo('views.open').length;
    await bot.clickFeedback({ vote: 'down', answerId, user_id: user, channel_id: 'CFEED0001', message_ts: String(placeholder.response.ts), response_url: bot.standIn.responseUrl('fbd-1') });
    const open = await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open')[opensBefore]);
    const view = open.args.view as { callback_id: string; private_metadata: string; blocks: { type: string; block_id?: string; element?: { options?: { value: string }[] } }[] };
    expect(view.callback_id).toBe('feedback_reason');
    const reasons = view.blocks.find((b) => b.block_id === 'reason')?.element?.options?.map((o) => o.value);
    expect(reasons).toEqual(['wrong', 'incomplete', 'not_cited', 'other']);

    const records = async () => (await bot.store.feedback.list()).filter((r: FeedbackRecord) => r.answerId === answerId);
    expect((await records())[0]).toMatchObject({ vote: 'down', userId: user, question: PAY_CAP, mode: 'extractive', reason: null });

    const submitted = await bot.submitView({
      user_id: user,
      view: { callback_id: view.callback_id, private_metadata: view.private_metadata, blocks: view.blocks },
      values: {
        reason: { reason_choice: { type: 'radio_buttons', selected_option: { value: 'incomplete', text: { type: 'plain_text', text: 'Eksik' } } } },
        comment: { comment_text: { type: 'plain_text_input', value: 'Güncel tutar yok.' } },
      },
    });
    expect(submitted.status).toBe(200);
    expect(JSON.parse(submitted.text)).toMatchObject({ response_action: 'update' });
    // One row per person and answer: the reason is added to the vote already stored.
    expect(await records()).toHaveLength(1);
    const withReason = (await records())[0]!;
    expect(withReason).toMatchObject({ vote: 'down', reason: 'incomplete', comment: 'Güncel tutar yok.', question: PAY_CAP, userId: user, channelId: 'CFEED0001' });
    expect(withReason.citations.length).toBeGreaterThan(0);
    expect(withReason.answer).toBeTruthy();
  });

  it('the "why" window insists on a reason', async () => {
    const r = await bot.submitView({
      user_id: 'UFEEDDN2',
      view: { callback_id: 'feedback_reason', private_metadata: JSON.stringify({ answerId: 'yok', channelId: null, messageTs: null }) },
      values: { reason: { reason_choice: { type: 'radio_buttons', selected_option: null } }, comment: { comment_text: { type: 'plain_text_input', value: null } } },
    });
    expect(JSON.parse(r.text)).toMatchObject({ response_action: 'errors', errors: { reason: 'Lütfen bir neden seçin.' } });
  });
});

describe('Slack › per-channel scope', () => {
  const SCOPED = 'CSCOPE001';
  const command = (text: string, user = ADMIN, id = `kanal-${nextTs()}`) =>
    bot.sendCommand({ command: '/dizin', text, user_id: user, channel_id: SCOPED, response_url: bot.standIn.responseUrl(id) });

  async function mentionIn(channel: string, question: string, user: string) {
    const ts = nextTs();
    await bot.sendEvent({ type: 'app_mention', user, text: `<@${BOT_USER_ID}> ${question}`, ts, channel });
    await waitForFinal(bot.standIn, await waitForPlaceholder(bot.standIn, channel, ts));
    return bot.standIn.waitFor(() => bot.assistant.asks.filter((a) => a.question === question && (a.answer || a.error)).at(-1));
  }

  it('an admin limits a channel to a document kind; answers there cite only those documents, elsewhere everything', async () => {
    const set = JSON.parse((await command('kanal rapor')).text) as { blocks: unknown };
    expect(blocksText(set.blocks)).toContain('türler: rapor');

    const scoped = await mentionIn(SCOPED, PAY_CAP, 'USCOPE01');
    expect(scoped.scope).toEqual({ channelId: SCOPED, documentIds: [], kinds: ['report'], setBy: ADMIN, setAt: expect.any(String) });
    const cited = [...(scoped.answer?.citations ?? []), ...(scoped.answer?.closest ?? [])];
    const reports = new Set(bot.assistant.documents().filter((d) => d.kind === 'report').map((d) => d.id));
    expect(cited.length).toBeGreaterThan(0);
    for (const c of cited) expect(reports.has(c.docId), c.docId).toBe(true);

    const open = await mentionIn('COPEN0001', PAY_CAP, 'USCOPE02');
    expect(open.scope).toBeUndefined();
    expect(open.answer?.citations.some((c) => c.docId === 'sozlesmeli-personel-esaslari')).toBe(true);
  });

  it('a tool answer whose rules are outside the scope is not given there', async () => {
    await command('kanal kars-iskur-2021-raporu');
    const scoped = await mentionIn(SCOPED, LEAVE, 'USCOPE03');
    expect(scoped.answer?.kind).not.toBe('computed');
    for (const c of [...(scoped.answer?.citations ?? []), ...(scoped.answer?.closest ?? [])]) expect(c.docId).toBe('kars-iskur-2021-raporu');
  });

  it('App Home shows the scope, it survives a restart, and `/dizin kanal sıfırla` lifts it', async () => {
    await command('kanal kars-iskur-2021-raporu');
    await bot.sendEvent({ type: 'app_home_opened', user: 'USCOPE04', channel: 'DSCOPE04', tab: 'home' });
    const home = await bot.standIn.waitFor(() => bot.standIn.callsTo('views.publish').find((c) => c.args.user_id === 'USCOPE04'));
    expect(blocksText((home.args.view as { blocks: unknown }).blocks)).toContain(`<#${SCOPED}>: belgeler: Kars`);

    await bot.restart();
    const afterRestart = await mentionIn(SCOPED, 'Kars İŞKUR 2021 yılında kamu ve özel sektörde toplam kaç kişiyi işe yerleştirdi?', 'USCOPE05');
    expect(afterRestart.scope?.documentIds).toEqual(['kars-iskur-2021-raporu']);

    const cleared = JSON.parse((await command('kanal sıfırla')).text) as { text: string };
    expect(cleared.text).toContain('sınırı kaldırıldı');
    const free = await mentionIn(SCOPED, 'Sözleşmeli personele hastalık izni yılda kaç gün verilir?', 'USCOPE06');
    expect(free.scope).toBeUndefined();
  });

  it('unknown ids change nothing and list the valid ones; non-admins are refused', async () => {
    const before = await bot.store.channelScopes.all();
    const unknown = JSON.parse((await command('kanal olmayan-belge')).text) as { text: string };
    expect(unknown.text).toContain('Tanınmayan: `olmayan-belge`');
    expect(unknown.text).toContain('`kars-iskur-2021-raporu`');
    expect(await bot.store.channelScopes.all()).toEqual(before);
    const refused = JSON.parse((await command('kanal rapor', 'UNOTADM9')).text) as { text: string };
    expect(refused.text).toBe(MESSAGES.noPermission);
  });
});
