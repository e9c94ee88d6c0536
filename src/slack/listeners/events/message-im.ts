import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { answerInConversation } from '../../answer-in-conversation.js';
import type { SlackDeps } from '../../slack-deps.js';
import { isPlainHumanMessage, type IncomingMessage } from './incoming-message.js';

/** A direct message to the bot → answered in the DM, with the DM's earlier turns as context. */
export function messageImCallback(deps: SlackDeps) {
  return async ({ event, client, context }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>): Promise<void> => {
    const message = event as unknown as IncomingMessage;
    if (message.channel_type !== 'im' || !isPlainHumanMessage(message)) return;
    await deps.track(
      answerInConversation(deps, client, {
        channel: message.channel,
        channelType: 'im',
        user: message.user,
        text: message.text ?? '',
        ts: message.ts,
        threadTs: message.thread_ts,
        teamId: context.teamId,
      }),
    );
  };
}
