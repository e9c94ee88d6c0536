import type { WebClient } from '@slack/web-api';
import type { AnswerEvent, FinalAnswerEvent } from '../answer/answer-stream.js';
import { describeToolEvent, labelsFor, type ToolStep } from '../present/index.js';
import { AnswerStreamWriter, type StreamTarget } from './answer-stream-writer.js';
import type { RenderedMessage } from './blocks/block-types.js';
import { renderAnswerBlocks, renderStreamTail } from './blocks/render-answer.js';
import { describeError } from './describe-error.js';
import type { ReplySurface } from './reply-surface.js';
import type { SlackDeps } from './slack-deps.js';
import { MESSAGES } from './slack-messages.js';
import type { StoredAnswer } from './state/answer-store.js';

/**
 * What the user sees while an answer is made: tool steps on the placeholder or status line and, when the
 * answer may be streamed, a streamed message opened at the first text or step. Its `finish` ends the stream
 * with the verified answer; false means nothing was streamed (or Slack refused): post the answer instead.
 */
export function answerProgress(deps: SlackDeps, surface: ReplySurface, language: 'tr' | 'en', streamTarget: StreamTarget | null) {
  const steps = new Map<string, ToolStep>();
  let writer: AnswerStreamWriter | null = null;
  let refused = false;
  const labels = labelsFor(language);
  const streamWriter = (): AnswerStreamWriter | null => {
    if (writer || refused || !streamTarget) return writer;
    writer = AnswerStreamWriter.open(deps, streamTarget, labels);
    refused = writer === null;
    if (writer) void surface.handOver();
    return writer;
  };
  const usable = () => (writer && !writer.broken ? writer : null);

  return {
    onEvent(event: Exclude<AnswerEvent, FinalAnswerEvent>): void {
      switch (event.type) {
        case 'tool': {
          const step = describeToolEvent(event, language);
          steps.set(step.id, step);
          surface.progress(step, [...steps.values()]);
          streamWriter()?.step(step);
          return;
        }
        case 'text':
          streamWriter()?.text(event.delta);
          return;
        case 'text-reset':
          writer?.text(`\n\n_${MESSAGES.draftRewritten}_\n\n`);
          return;
      }
    },

    /** Ends a stream with the verified answer: sources under the streamed text, or the whole answer in its place. */
    async finish(client: WebClient, channel: string, final: FinalAnswerEvent, stored: StoredAnswer, question: string): Promise<boolean> {
      const active = usable();
      if (!active) return false;
      if (final.streamed === 'kept') return active.finish(renderStreamTail(final.answer, { answerId: stored.id }));
      // The streamed draft was rewritten or withdrawn: the verified answer replaces the whole message.
      const rendered = renderAnswerBlocks(final.answer, { question, answerId: stored.id });
      return (await active.finish([])) && replaceMessage(deps, client, channel, active.ts, rendered);
    },

    /** Replaces a streamed draft (an answer that turned out personal, a failure); false when none was streamed. */
    async replaceStreamed(client: WebClient, channel: string, body: { text: string }): Promise<boolean> {
      const active = usable();
      if (!active) return false;
      return (await active.finish([])) && replaceMessage(deps, client, channel, active.ts, body);
    },
  };
}

async function replaceMessage(
  deps: Pick<SlackDeps, 'logger'>,
  client: WebClient,
  channel: string,
  ts: string | undefined,
  body: RenderedMessage | { text: string },
): Promise<boolean> {
  if (!ts) return false;
  try {
    await client.chat.update({ channel, ts, ...('blocks' in body ? body : { ...body, blocks: [] }) });
    return true;
  } catch (error) {
    deps.logger.warn(`Akışla yazılan mesaj güncellenemedi: ${describeError(error)}`);
    return false;
  }
}

