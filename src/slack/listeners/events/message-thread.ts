import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { answerInConversation } from '../../answer-in-conversation.js';
import type { SlackDeps } from '../../slack-deps.js';
import { mentionsUser } from '../../slack-incoming-text.js';
import { ThreadMemory } from '../../state/thread-memory.js';
import { isPlainHumanMessage, type IncomingMessage } from './incoming-message.js';

/**
 * A reply in a channel thread the bot has answered in → answered without a re-tag. Messages that @mention the
 * bot are left to the app_mention listener, so the same message is never answered twice.
 */
export function messageThreadCallback(deps: SlackDeps) {
  return async ({ event, client, context }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>): Promise<void> => {
    const message = event as unknown as IncomingMessage;
    if (message.channel_type === 'im' || !isPlainHumanMessage(message)) return;
    if (!message.thread_ts || message.thread_ts === message.ts) return;
    if (mentionsUser(message.text, context.botUserId)) return;
    if (!(await deps.threads.isKnown(ThreadMemory.key(message.channel, message.thread_ts)))) return;
    await deps.track(
      answerInConversation(deps, client, {
        channel: message.channel,
        channelType: message.channel_type ?? 'channel',
        user: message.user,
        text: message.text ?? '',
        ts: message.ts,
        threadTs: message.thread_ts,
        teamId: context.teamId,
      }),
    );
  };
}
