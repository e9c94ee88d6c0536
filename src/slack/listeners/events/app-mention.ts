import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { answerInConversation } from '../../answer-in-conversation.js';
import type { SlackDeps } from '../../slack-deps.js';

/** @mention in a channel → the answer in that message's thread (with the thread's earlier turns). */
export function appMentionCallback(deps: SlackDeps) {
  return async ({ event, client, context }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>): Promise<void> => {
    if (!event.user || event.bot_id) return;
    await deps.track(
      answerInConversation(deps, client, {
        channel: event.channel,
        channelType: event.channel.startsWith('D') ? 'im' : 'channel',
        user: event.user,
        text: event.text,
        ts: event.ts,
        threadTs: event.thread_ts,
        teamId: context.teamId,
      }),
    );
  };
}
