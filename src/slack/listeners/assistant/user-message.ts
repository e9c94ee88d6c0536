import type { AssistantUserMessageMiddleware } from '@slack/bolt';
import { answerInConversation } from '../../answer-in-conversation.js';
import type { SlackDeps } from '../../slack-deps.js';
import { isPlainHumanMessage, type IncomingMessage } from '../events/incoming-message.js';

/**
 * A question in an agent-view thread: answered in that thread with the thread's earlier turns, Slack's
 * status line while working ("Belgelerde arıyorum…"), and the first question as the thread's title.
 */
export function userMessageCallback(deps: SlackDeps): AssistantUserMessageMiddleware {
  return async ({ message, client, setStatus, setTitle, context }) => {
    const incoming = message as unknown as IncomingMessage;
    if (!isPlainHumanMessage(incoming) || !incoming.thread_ts) return;
    await deps.track(
      answerInConversation(deps, client, {
        channel: incoming.channel,
        channelType: 'im',
        user: incoming.user,
        text: incoming.text ?? '',
        ts: incoming.ts,
        threadTs: incoming.thread_ts,
        teamId: context.teamId,
        agent: {
          setStatus: (status, loading) => setStatus(loading ? { status, loading_messages: [...loading] } : status),
          setTitle,
        },
      }),
    );
  };
}
