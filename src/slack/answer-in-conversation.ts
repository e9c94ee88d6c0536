import type { WebClient } from '@slack/web-api';
import { askWithTimeout } from './ask-with-timeout.js';
import type { RenderedMessage } from './blocks/block-types.js';
import { renderAnswerBlocks } from './blocks/render-answer.js';
import { describeError } from './describe-error.js';
import type { SlackDeps } from './slack-deps.js';
import { questionFromSlackText } from './slack-incoming-text.js';
import { MESSAGES } from './slack-messages.js';
import { ThreadMemory } from './state/thread-memory.js';

export interface ConversationMessage {
  channel: string;
  /** 'im' for the bot's DM; 'channel', 'group', 'mpim' for shared conversations. */
  channelType: string;
  user: string;
  /** Raw Slack text (escaped, with mentions). */
  text: string;
  ts: string;
  threadTs?: string;
}

/**
 * Answers a message in a channel thread or a DM: claim it (an @mention also arrives as a message event),
 * rate-limit, post "⏳ Belgelere bakıyorum…", ask with the conversation's earlier turns, then replace the
 * placeholder with the answer — or with the reason it failed. Entitlement answers in shared conversations go
 * to the asker only (ephemeral, else DM) with a short public note in the thread.
 */
export async function answerInConversation(
  deps: SlackDeps,
  client: WebClient,
  message: ConversationMessage,
): Promise<void> {
  if (!(await deps.claimOnce(`mesaj:${message.channel}:${message.ts}`))) return;

  const isDm = message.channelType === 'im';
  // In a channel the answer always goes in the thread; a top-level DM is answered top-level.
  const replyThreadTs = isDm ? message.threadTs : (message.threadTs ?? message.ts);
  const key = ThreadMemory.key(message.channel, replyThreadTs ?? 'dm');
  const question = questionFromSlackText(message.text);
  const post = async (body: RenderedMessage | { text: string }) =>
    client.chat.postMessage({ channel: message.channel, ...(replyThreadTs ? { thread_ts: replyThreadTs } : {}), ...body });

  // Counted before the empty check: 30 empty @mentions are 30 requests, not a way around the limit.
  const rate = await deps.rateLimiter.check(message.user);
  if (rate.allowed && question === '') {
    await post({ text: MESSAGES.emptyQuestion });
    return;
  }
  if (!rate.allowed) {
    if (!(await deps.rateLimiter.shouldNotify(message.user))) {
      deps.logger.debug(`Hız sınırındaki ${message.user} için ek uyarı gönderilmedi.`);
      return;
    }
    const text = MESSAGES.rateLimited(deps.rateLimiter.perMinute, rate.retryAfterSeconds);
    if (isDm) await post({ text });
    else await client.chat.postEphemeral({ channel: message.channel, user: message.user, thread_ts: replyThreadTs, text });
    return;
  }

  await deps.threads.join(key);
  // Recorded before posting: if this process dies at any point until the answer is shown, a live instance
  // replaces the placeholder (or says in the thread) that the answer was interrupted.
  const inFlight = deps.store.placeholders;
  const remember = (what: Promise<void>) => what.catch((error: unknown) => deps.logger.warn(`Süren yanıt kaydı yazılamadı: ${describeError(error)}`));
  await remember(inFlight.begin(message.channel, message.ts, replyThreadTs ?? null, deps.instanceId));
  const placeholder = await post({ text: MESSAGES.working }).catch((error: unknown) => {
    deps.logger.warn(`Yer tutucu mesaj gönderilemedi (${message.channel}): ${describeError(error)}`);
    return undefined;
  });
  const placeholderTs = placeholder?.ts;
  if (placeholderTs) await remember(inFlight.posted(message.channel, message.ts, placeholderTs));
  const show = async (body: RenderedMessage | { text: string }) => {
    try {
      if (placeholderTs) {
        try {
          await client.chat.update({ channel: message.channel, ts: placeholderTs, ...body });
          return;
        } catch (error) {
          deps.logger.warn(`Yer tutucu güncellenemedi, yeni mesaj gönderiliyor: ${describeError(error)}`);
        }
      }
      await post(body);
    } finally {
      await remember(inFlight.finish(message.channel, message.ts));
    }
  };

  try {
    const history = await deps.threads.history(key);
    const answer = await askWithTimeout(deps, question, { history }, () => {
      if (placeholderTs) {
        client.chat.update({ channel: message.channel, ts: placeholderTs, text: MESSAGES.stillWorking }).catch(() => undefined);
      }
    });
    await deps.threads.record(key, { question, answer: answer.answer });
    const stored = await deps.answers.save({ question, answer, userId: message.user, channelId: message.channel });

    // A follow-up to a personal answer ("peki 12 yıl olsaydı?") is about the same person: it stays private too.
    if (!isDm && (answer.personal || (await deps.threads.isPersonalFor(key, message.user)))) {
      await deps.threads.markPersonal(key, message.user);
      const rendered = renderAnswerBlocks(answer, { question, answerId: stored.id, note: MESSAGES.personalNote });
      await sendPrivately(client, message, replyThreadTs, rendered);
      await show({ text: MESSAGES.personalPublicNote(message.user) });
      return;
    }
    await show(renderAnswerBlocks(answer, { question, answerId: stored.id }));
  } catch (error) {
    deps.logger.error(`Soru yanıtlanamadı (${message.channel}:${message.ts}): ${describeError(error)}`);
    await show({ text: MESSAGES.failed(describeError(error)) }).catch((postError: unknown) =>
      deps.logger.error(`Hata mesajı da gönderilemedi: ${describeError(postError)}`),
    );
  }
}

/** Ephemeral in the thread; if Slack refuses (e.g. the user left the channel), a DM from the bot instead. */
async function sendPrivately(
  client: WebClient,
  message: ConversationMessage,
  threadTs: string | undefined,
  rendered: RenderedMessage,
): Promise<void> {
  try {
    await client.chat.postEphemeral({ channel: message.channel, user: message.user, thread_ts: threadTs, ...rendered });
  } catch {
    await client.chat.postMessage({ channel: message.user, ...rendered });
  }
}
