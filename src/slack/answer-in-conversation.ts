import { setImmediate as nextTurn } from 'node:timers/promises';
import type { WebClient } from '@slack/web-api';
import type { AskOptions } from '../answer/assistant.js';
import { understandQuestion } from '../question/index.js';
import { answerProgress } from './answer-progress.js';
import { askStreamWithTimeout } from './ask-with-timeout.js';
import type { RenderedMessage } from './blocks/block-types.js';
import { truncatePlain } from './blocks/escape-mrkdwn.js';
import { renderAnswerBlocks } from './blocks/render-answer.js';
import { describeError } from './describe-error.js';
import { replySurface, type AgentThreadTools, type InFlightRecord } from './reply-surface.js';
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
  /** The asker's workspace: streams are addressed to it and share its rate budget. */
  teamId?: string;
  /** A message in an agent-view thread: the status line replaces the placeholder message. */
  agent?: AgentThreadTools;
}

/** Slack shows thread titles on one line in the agent view's history. */
const TITLE_CHARS = 60;

/**
 * Answers a message in a channel thread, a DM or an agent-view thread: claim it (an @mention also arrives as
 * a message event), rate-limit, show that work has started ("⏳ Belgelere bakıyorum…", or the agent view's
 * status line), ask with the conversation's earlier turns and the channel's document scope, then show the
 * answer — or the reason it failed. In LLM mode the answer is streamed into the thread as it is written
 * (when the workspace's stream budget allows and the question is not a personal one in a shared channel).
 * Entitlement answers in shared conversations go to the asker only (ephemeral, else DM) with a short
 * public note in the thread.
 */
export function answerInConversation(deps: SlackDeps, client: WebClient, message: ConversationMessage): Promise<void> {
  const isDm = message.channelType === 'im';
  // In a channel the answer always goes in the thread; a top-level DM is answered top-level.
  const replyThreadTs = isDm ? message.threadTs : (message.threadTs ?? message.ts);
  const key = ThreadMemory.key(message.channel, replyThreadTs ?? 'dm');
  // The lane is entered before the first await, so messages of one conversation keep their arrival order.
  return deps.lanes.run(key, async () => {
    // The request is acknowledged; what follows (claims, rate limit, placeholder) waits until the requests
    // already arrived have been read and acknowledged too, so a burst of fifty is acknowledged first.
    await nextTurn();
    return answerInTurn(deps, client, message, key, replyThreadTs);
  });
}

async function answerInTurn(deps: SlackDeps, client: WebClient, message: ConversationMessage, key: string, replyThreadTs: string | undefined): Promise<void> {
  if (!(await deps.claimOnce(`mesaj:${message.channel}:${message.ts}`))) return;
  const isDm = message.channelType === 'im';
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

  const history = await deps.threads.history(key);
  await deps.threads.join(key);
  if (message.agent && history.length === 0) {
    // The agent view lists threads by title: the first question names the conversation.
    await message.agent.setTitle(truncatePlain(question, TITLE_CHARS)).catch((error: unknown) =>
      deps.logger.warn(`Konu başlığı ayarlanamadı: ${describeError(error)}`),
    );
  }
  const surface = replySurface(deps, client, {
    channel: message.channel,
    threadTs: replyThreadTs,
    agent: message.agent,
    inFlight: inFlightRecord(deps, message.channel, message.ts, replyThreadTs),
  });
  await surface.begin();

  const parsed = understandQuestion(question, history);
  // A personal question in a shared channel must not appear in the thread before it is known to be one.
  const mayStream = replyThreadTs !== undefined && (isDm || !(parsed.personal || (await deps.threads.isPersonalFor(key, message.user))));
  const progress = answerProgress(deps, surface, parsed.language, mayStream && replyThreadTs
    ? { channel: message.channel, threadTs: replyThreadTs, recipientUserId: message.user, teamId: message.teamId ?? 'bilinmeyen' }
    : null);

  try {
    const scope = await deps.channelScopes.get(message.channel);
    const options: AskOptions = { history, ...(scope ? { scope } : {}) };
    const final = await askStreamWithTimeout(deps, question, options, progress.onEvent, () => surface.slow());
    const { answer } = final;
    await deps.threads.record(key, { question, answer: answer.answer });
    const stored = await deps.answers.save({ question, answer, userId: message.user, channelId: message.channel });

    // A follow-up to a personal answer ("peki 12 yıl olsaydı?") is about the same person: it stays private too.
    if (!isDm && (answer.personal || (await deps.threads.isPersonalFor(key, message.user)))) {
      await deps.threads.markPersonal(key, message.user);
      const rendered = renderAnswerBlocks(answer, { question, answerId: stored.id, note: MESSAGES.personalNote });
      await sendPrivately(client, message, replyThreadTs, rendered);
      const note = { text: MESSAGES.personalPublicNote(message.user) };
      if (!(await progress.replaceStreamed(client, message.channel, note))) await surface.deliver(note);
      return;
    }
    if (!(await progress.finish(client, message.channel, final, stored, question))) {
      await surface.deliver(renderAnswerBlocks(answer, { question, answerId: stored.id }));
    }
  } catch (error) {
    deps.logger.error(`Soru yanıtlanamadı (${message.channel}:${message.ts}): ${describeError(error)}`);
    const failure = { text: MESSAGES.failed(describeError(error)) };
    if (!(await progress.replaceStreamed(client, message.channel, failure))) {
      await surface.deliver(failure).catch((postError: unknown) => deps.logger.error(`Hata mesajı da gönderilemedi: ${describeError(postError)}`));
    }
  } finally {
    await surface.end();
  }
}

/**
 * Recorded before anything is posted: if this process dies at any point until the answer is shown, a live
 * instance replaces the placeholder (or says in the thread) that the answer was interrupted.
 */
function inFlightRecord(deps: SlackDeps, channel: string, questionTs: string, threadTs: string | undefined): InFlightRecord {
  const placeholders = deps.store.placeholders;
  const remember = (what: Promise<void>) =>
    what.catch((error: unknown) => deps.logger.warn(`Süren yanıt kaydı yazılamadı: ${describeError(error)}`));
  return {
    begin: () => remember(placeholders.begin(channel, questionTs, threadTs ?? null, deps.instanceId)),
    posted: (placeholderTs) => remember(placeholders.posted(channel, questionTs, placeholderTs)),
    finish: () => remember(placeholders.finish(channel, questionTs)),
  };
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
