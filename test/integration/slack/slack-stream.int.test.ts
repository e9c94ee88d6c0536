import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../src/slack/slack-messages.js';
import { passageIdWith, passagesSeen, reply, startOpenAiStandIn, submit, toolCall, type OpenAiStandIn, type RecordedRequest } from '../../fakes/openai-stand-in.js';
import { BOT_USER_ID, TEAM_ID, type RecordedCall } from '../../fakes/slack-api-stand-in.js';
import { allBlockText, blocksText, feedbackAnswerId, waitForFinal, waitForPlaceholder } from './block-helpers.js';
import { ADMIN, nextTs, startE2eBot, type E2eBot } from './start-e2e-bot.js';

const LEAVE = '8 yıl hizmeti olan sözleşmeli personel kaç gün yıllık izin alır?';
const LEAVE_QUOTE = 'bir yıldan on yıla kadar olan personele yirmi gün';
const LEAVE_TEXT = '8 yıl hizmeti olan sözleşmeli personele yılda 20 gün ücretli yıllık izin verilir [1].';
const WORK = 'Sözleşmeli personel dışarıda kazanç getirici başka bir iş yapabilir mi?';
const WORK_QUOTE = 'Sözleşme ile çalıştırılan personel dışarıda kazanç getirici başka bir iş yapamaz';
const WORK_TEXT = 'Hayır; sözleşmeli personel dışarıda kazanç getirici başka bir iş yapamaz [1].';

/** The model computes the leave with the typed tool, then answers citing the article it was shown. */
const leaveScript = () => [
  reply([toolCall('leave', { kind: 'annual', years_of_service: 8 })]),
  (req: RecordedRequest) => submit(LEAVE_TEXT, [{ passage_id: passageIdWith(req, LEAVE_QUOTE), quote: LEAVE_QUOTE }]),
];
const workScript = () => [(req: RecordedRequest) => submit(WORK_TEXT, [{ passage_id: passageIdWith(req, 'kazanç getirici'), quote: WORK_QUOTE }])];
const hallucinated = submit('Sözleşmeli personel her işte serbestçe çalışabilir [1].', [{ passage_id: 'P1', quote: 'Personel her türlü ek işte serbestçe çalışabilir.' }]);

let model: OpenAiStandIn;
let bot: E2eBot;
let tight: E2eBot;

const llmEnv = () => ({ LLM_PROVIDER: 'openai', LLM_MODEL: 'yerel-model', OPENAI_BASE_URL: model.url, LLM_TIMEOUT_MS: '20000' });

beforeAll(async () => {
  model = await startOpenAiStandIn();
  bot = await startE2eBot({ withGazette: true, rateLimitPerMinute: 50, slowNoticeMs: 120_000, env: llmEnv() });
  // A workspace budget too small for one whole stream (start, append, stop): answers go out as one message.
  tight = await startE2eBot({ engine: 'real', rateLimitPerMinute: 50, slowNoticeMs: 120_000, env: { ...llmEnv(), SLACK_STREAM_CALLS_PER_MINUTE: '2' } });
});

afterAll(async () => {
  await bot?.stop();
  await tight?.stop();
  await model?.close();
});

async function askInAgentThread(target: E2eBot, user: string, text: string) {
  const channel = `D${user.slice(1)}`;
  const threadTs = nextTs();
  await target.sendEvent({ type: 'message', channel_type: 'im', channel, user, text, ts: nextTs(), thread_ts: threadTs });
  const cleared = await target.standIn.waitFor(
    () => target.standIn.callsTo('assistant.threads.setStatus').find((c) => c.args.channel_id === channel && c.args.thread_ts === threadTs && c.args.status === ''),
    30_000,
    'durumun temizlenmesi',
  );
  const calls = target.standIn.calls.filter((c) => (c.args.channel === channel || c.args.channel_id === channel) && (c.args.thread_ts === threadTs || isStreamCallOf(target, c, channel, threadTs)));
  return { channel, threadTs, calls, cleared };
}

function isStreamCallOf(target: E2eBot, call: RecordedCall, channel: string, threadTs: string): boolean {
  const stream = target.standIn.streams.get(String(call.args.ts ?? call.response.ts));
  return stream !== undefined && stream.channel === channel && stream.threadTs === threadTs;
}

const methodsOf = (calls: RecordedCall[]) => calls.map((c) => c.method).filter((m) => m.startsWith('chat.') || m === 'assistant.threads.setStatus');

describe('Slack › streaming in LLM mode (chatStream against the OpenAI-compatible stand-in)', () => {
  it('streams into the agent thread: startStream, appendStream for text and the tool step, stopStream with the verified sources and feedback', async () => {
    model.play(leaveScript());
    const { calls } = await askInAgentThread(bot, 'USTREAM1', LEAVE);
    const methods = methodsOf(calls);
    expect(methods[0]).toBe('assistant.threads.setStatus');
    expect(methods).toContain('chat.startStream');
    expect(methods.indexOf('chat.startStream')).toBeLessThan(methods.indexOf('chat.appendStream'));
    expect(methods.filter((m) => m === 'chat.stopStream')).toHaveLength(1);
    expect(methods.at(-2)).toBe('chat.stopStream');
    expect(methods.at(-1)).toBe('assistant.threads.setStatus'); // cleared after the answer
    expect(methods).not.toContain('chat.postMessage');
    // The status line follows the work: searching, then computing while the tool runs.
    const statuses = calls.filter((c) => c.method === 'assistant.threads.setStatus').map((c) => c.args.status);
    expect(statuses).toEqual([MESSAGES.statusSearching, MESSAGES.statusComputing, '']);

    const start = calls.find((c) => c.method === 'chat.startStream')!;
    const stream = bot.standIn.streams.get(String(start.response.ts))!;
    expect(stream.state).toBe('stopped');
    expect(stream.text).toBe(LEAVE_TEXT);
    // The tool call as a task: started, then done with its Turkish inputs and the result.
    const tasks = stream.chunks.filter((c) => c.type === 'task_update');
    expect(tasks.map((t) => t.status)).toEqual(['in_progress', 'complete']);
    expect(tasks[1]).toMatchObject({ title: 'İzin hesabı', details: expect.stringContaining('hizmet süresi (yıl): 8') });
    expect(String(tasks[1]!.output)).toMatch(/20 gün/);
    // Citations only after verification: nothing before stopStream names a source.
    const beforeStop = calls.filter((c) => c.method === 'chat.startStream' || c.method === 'chat.appendStream');
    expect(beforeStop.map((c) => JSON.stringify(c.args)).join('')).not.toContain('Kaynaklar');
    const stopBlocks = calls.find((c) => c.method === 'chat.stopStream')!.args.blocks;
    expect(blocksText(stopBlocks)).toContain('*Kaynaklar*');
    expect(allBlockText(stopBlocks)).toContain('Madde 9');
    expect(feedbackAnswerId(stopBlocks)).toBeTruthy();
    expect(allBlockText(stopBlocks)).not.toContain(LEAVE_TEXT); // the text is not sent a second time
  });

  it('a draft that fails verification is replaced in the stopped message by the verified (extractive) answer', async () => {
    model.play([hallucinated, hallucinated]);
    const { calls } = await askInAgentThread(bot, 'USTREAM2', WORK);
    const start = calls.find((c) => c.method === 'chat.startStream')!;
    const stream = bot.standIn.streams.get(String(start.response.ts))!;
    expect(stream.text).toContain('serbestçe çalışabilir');
    expect(stream.state).toBe('stopped');
    const update = bot.standIn.callsTo('chat.update').find((c) => c.args.ts === start.response.ts)!;
    expect(update).toBeTruthy();
    const text = blocksText(update.args.blocks);
    expect(text).toContain('*Kaynaklar*');
    expect(text).not.toContain('serbestçe');
  });

  it('streams an @mention into the channel thread, addressed to the asker and the workspace', async () => {
    model.play(workScript());
    const ts = nextTs();
    await bot.sendEvent({ type: 'app_mention', user: 'USTREAM3', text: `<@${BOT_USER_ID}> ${WORK}`, ts, channel: 'CSTREAM01' });
    const stop = await bot.standIn.waitFor(() =>
      bot.standIn.callsTo('chat.stopStream').find((c) => bot.standIn.streams.get(String(c.args.ts))?.threadTs === ts),
    );
    const stream = bot.standIn.streams.get(String(stop.args.ts))!;
    expect(stream).toMatchObject({ channel: 'CSTREAM01', recipientUserId: 'USTREAM3', recipientTeamId: TEAM_ID, text: WORK_TEXT });
    expect(blocksText(stop.args.blocks)).toContain('*Kaynaklar*');
    // The "⏳" placeholder gave way to the streamed message.
    const placeholder = bot.standIn.callsTo('chat.postMessage').find((c) => c.args.thread_ts === ts && c.args.text === MESSAGES.working)!;
    await bot.standIn.waitFor(() => bot.standIn.callsTo('chat.delete').find((c) => c.args.ts === placeholder.response.ts));
  });

  it('never streams a personal question in a shared channel: the answer goes to the asker only', async () => {
    model.play(leaveScript());
    const ts = nextTs();
    const question = 'Sözleşmeli personelim, 8 yıl hizmetim var; yıllık iznim kaç gün?';
    await bot.sendEvent({ type: 'app_mention', user: 'USTREAM4', text: `<@${BOT_USER_ID}> ${question}`, ts, channel: 'CSTREAM01' });
    const final = await waitForFinal(bot.standIn, await waitForPlaceholder(bot.standIn, 'CSTREAM01', ts));
    expect(String(final.args.text)).toContain('🔒');
    expect([...bot.standIn.streams.values()].some((s) => s.threadTs === ts)).toBe(false);
    await bot.standIn.waitFor(() => bot.standIn.callsTo('chat.postEphemeral').find((c) => c.args.user === 'USTREAM4' && c.args.thread_ts === ts));
  });

  it('a channel scope holds in LLM mode too: the model is shown only passages of the scoped documents', async () => {
    const channel = 'CSCOPELLM';
    await bot.sendCommand({ command: '/dizin', text: 'kanal rapor', user_id: ADMIN, channel_id: channel, response_url: bot.standIn.responseUrl('llm-scope') });
    model.play([{ reply: { content: 'yanıt yok' } }, { reply: { content: 'yine yok' } }]);
    const ts = nextTs();
    await bot.sendEvent({ type: 'app_mention', user: 'USCOPE11', text: `<@${BOT_USER_ID}> ${WORK}`, ts, channel });
    const ask = await bot.standIn.waitFor(() => bot.assistant.asks.find((a) => a.question === WORK && a.scope && a.answer), 30_000);
    const reports = new Set(bot.assistant.documents().filter((d) => d.kind === 'report').map((d) => d.title));
    const shown = passagesSeen(model.requests[0]!);
    expect(shown.length).toBeGreaterThan(0);
    for (const p of shown) expect(reports.has(p.title), p.title).toBe(true);
    // The model never answered: the extractive answer stands in, from the scope as well.
    for (const c of [...ask.answer!.citations, ...ask.answer!.closest]) expect(reports.has(c.title), c.title).toBe(true);
  });

  it('over the workspace budget: no stream, one final message with the verified answer', async () => {
    model.play(leaveScript());
    const { calls } = await askInAgentThread(tight, 'UTIGHT01', LEAVE);
    const methods = methodsOf(calls);
    expect(methods).not.toContain('chat.startStream');
    const posted = calls.filter((c) => c.method === 'chat.postMessage');
    expect(posted).toHaveLength(1);
    expect(blocksText(posted[0]!.args.blocks)).toContain(LEAVE_TEXT.replace(' [1].', ''));
    expect(blocksText(posted[0]!.args.blocks)).toContain('*Kaynaklar*');
    expect(tight.logger.lines.some((l) => l.text.includes('Akış bütçesi dolu'))).toBe(true);
  });

  it('Slack refusing the stream (ratelimited) falls back to one final message', async () => {
    model.play(workScript());
    bot.standIn.failNext('chat.startStream', 'ratelimited');
    const { calls } = await askInAgentThread(bot, 'USTREAM5', WORK);
    const posted = calls.filter((c) => c.method === 'chat.postMessage');
    expect(posted).toHaveLength(1);
    expect(blocksText(posted[0]!.args.blocks)).toContain('kazanç getirici');
    expect(calls.filter((c) => c.method === 'chat.stopStream')).toHaveLength(0);
  });
});
