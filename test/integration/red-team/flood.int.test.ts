import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_USER_ID } from '../../fakes/slack-api-stand-in.js';
import { nextTs, startE2eBot, type E2eBot } from '../slack/start-e2e-bot.js';

/** Red team › a flooding user. Before: 60 mentions drew 50 "slow down" notices (enough for Slack's own 429). */
let bot: E2eBot;
beforeAll(async () => {
  bot = await startE2eBot({ engine: 'fake', rateLimitPerMinute: 5 });
});
afterAll(async () => {
  await bot?.stop();
});

const notices = (user: string) =>
  bot.standIn.calls.filter((c) => c.method === 'chat.postEphemeral' && c.args.user === user && String(c.args.text).includes('yavaşlayalım'));

describe('red team › flood of mentions', () => {
  it('60 mentions from one user: 5 answered, one slow-down notice', async () => {
    const user = 'UFLOOD001';
    await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        bot.sendEvent({ type: 'app_mention', user, channel: 'CFLOOD001', ts: nextTs(), text: `<@${BOT_USER_ID}> ücret tavanı ne kadar? ${i}` }),
      ),
    );
    await bot.standIn.waitFor(() => notices(user).length > 0, 15_000, 'uyarı');
    await new Promise((r) => setTimeout(r, 1000));
    expect(notices(user)).toHaveLength(1);
    expect(bot.assistant.asks.filter((a) => a.question.startsWith('ücret tavanı'))).toHaveLength(5);
  });

  it('empty mentions count toward the limit and draw one notice too', async () => {
    const user = 'UEMPTY001';
    for (let i = 0; i < 30; i += 1) {
      await bot.sendEvent({ type: 'app_mention', user, channel: 'CEMPTY001', ts: nextTs(), text: `<@${BOT_USER_ID}>` });
    }
    await bot.standIn.waitFor(() => notices(user).length > 0, 15_000, 'uyarı');
    await new Promise((r) => setTimeout(r, 500));
    expect(notices(user)).toHaveLength(1);
    const hints = bot.standIn.calls.filter((c) => c.method === 'chat.postMessage' && c.args.channel === 'CEMPTY001');
    expect(hints.length).toBeLessThanOrEqual(5);
  });
});
