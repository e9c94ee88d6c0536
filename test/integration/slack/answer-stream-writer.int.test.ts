import { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelsFor } from '../../../src/present/index.js';
import { AnswerStreamWriter } from '../../../src/slack/answer-stream-writer.js';
import { StreamBudget } from '../../../src/slack/stream-budget.js';
import { createMemoryLogger } from '../../fakes/silent-logger.js';
import { SlackApiStandIn } from '../../fakes/slack-api-stand-in.js';

let standIn: SlackApiStandIn;
beforeAll(async () => {
  standIn = await SlackApiStandIn.start('xoxb-akis');
});
afterAll(async () => standIn?.stop());

/** A writer over real HTTP to the stand-in, with a clock the test moves and timers the test fires. */
function writer(callsPerMinute: number, threadTs: string) {
  let now = 10_000;
  const timers: (() => void)[] = [];
  const schedule = (flush: () => void) => {
    timers.push(flush);
    return () => timers.splice(timers.indexOf(flush), 1);
  };
  const client = new WebClient('xoxb-akis', { slackApiUrl: standIn.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });
  const budget = new StreamBudget(callsPerMinute, () => now);
  const logger = createMemoryLogger();
  const target = { channel: 'CAKIS0001', threadTs, recipientUserId: 'UAKIS001', teamId: 'T0KURUM1' };
  const w = AnswerStreamWriter.open({ streamClient: client, streamBudget: budget, logger, now: () => now, schedule }, target, labelsFor('tr'));
  return { w: w!, budget, logger, timers, tick: (ms: number) => (now += ms) };
}

const callsIn = (threadTs: string) =>
  standIn.calls.filter((c) => c.method.startsWith('chat.') && (c.args.thread_ts === threadTs || standIn.streams.get(String(c.args.ts))?.threadTs === threadTs));

describe('AnswerStreamWriter › pacing and budget', () => {
  it('sends text at most once a second; text the budget cannot carry waits and goes out with chat.stopStream', async () => {
    const threadTs = '1716300000.000001';
    const { w, tick, timers } = writer(3, threadTs);
    w.text('Bir ');
    w.text('iki ');
    w.text('üç ');
    // Within the second: held for one timer, not sent; the start carries all the text so far.
    expect(timers).toHaveLength(1);
    await w.idle();
    expect(callsIn(threadTs).map((c) => c.method)).toEqual(['chat.startStream']);
    tick(1500);
    w.text('dört ');
    expect(timers).toHaveLength(0);
    await w.idle();
    tick(1500);
    w.text('beş ');
    await w.idle();
    expect(callsIn(threadTs).map((c) => c.method)).toEqual(['chat.startStream', 'chat.appendStream', 'chat.appendStream']);
    tick(1500);
    w.text('altı.'); // the window is full (three calls this minute): held for the stop
    await w.idle();
    expect(await w.finish([{ type: 'divider' }])).toBe(true);
    expect(callsIn(threadTs).map((c) => c.method)).toEqual(['chat.startStream', 'chat.appendStream', 'chat.appendStream', 'chat.stopStream']);
    const stream = standIn.streams.get(String(callsIn(threadTs)[0]!.response.ts))!;
    expect(stream.text).toBe('Bir iki üç dört beş altı.');
    expect(callsIn(threadTs).at(-1)!.args.chunks).toEqual([{ type: 'markdown_text', text: 'altı.' }]);
    expect(stream.blocks).toEqual([{ type: 'divider' }]);
  });

  it('a ratelimited append closes the budget: later text waits, the stream still ends with all of it', async () => {
    const threadTs = '1716300000.000002';
    const { w, tick, budget } = writer(100, threadTs);
    w.text('A');
    await w.idle();
    standIn.failNext('chat.appendStream', 'ratelimited');
    tick(1500);
    w.text('B');
    await w.idle();
    expect(standIn.callsTo('chat.appendStream').filter((c) => c.response.ok === false)).toHaveLength(1);
    expect(budget.remaining('T0KURUM1')).toBe(0);
    tick(1500);
    w.text('C');
    expect(await w.finish([])).toBe(true);
    const stream = standIn.streams.get(String(callsIn(threadTs)[0]!.response.ts))!;
    expect(stream.text).toBe('ABC');
    expect(w.broken).toBe(false);
  });

  it('neutralises mentions in the model text, and a refused start leaves it broken for the caller to post', async () => {
    const threadTs = '1716300000.000003';
    standIn.failNext('chat.startStream', 'channel_not_found');
    const { w, logger } = writer(100, threadTs);
    w.text('Herkese <!channel> duyuru');
    await standIn.waitFor(() => standIn.callsTo('chat.startStream').find((c) => c.args.thread_ts === threadTs));
    expect(await w.finish([])).toBe(false);
    expect(w.broken).toBe(true);
    expect(logger.lines.some((l) => l.text.includes('chat.startStream başarısız'))).toBe(true);
    const sent = JSON.stringify(standIn.callsTo('chat.startStream').find((c) => c.args.thread_ts === threadTs)!.args);
    expect(sent).not.toContain('<!channel>');
  });

  it('does not open when the workspace cannot carry a whole stream', () => {
    const { budget } = writer(3, '1716300000.000004');
    // writer() already opened one stream (1 of 3): a second needs three more.
    const client = new WebClient('x', { slackApiUrl: standIn.apiUrl });
    const logger = createMemoryLogger();
    const target = { channel: 'C', threadTs: '1.1', recipientUserId: 'U', teamId: 'T0KURUM1' };
    expect(AnswerStreamWriter.open({ streamClient: client, streamBudget: budget, logger }, target, labelsFor('tr'))).toBeNull();
    expect(logger.lines[0]?.text).toMatch(/Akış bütçesi dolu/);
  });
});
