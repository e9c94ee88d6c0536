import type { FeedbackReason, FeedbackVote } from './blocks/render-feedback.js';
import type { SlackDeps } from './slack-deps.js';
import type { FeedbackRecord } from './state/feedback-store.js';

export interface FeedbackEvent {
  vote: FeedbackVote;
  answerId: string;
  userId: string;
  channelId: string | null;
  messageTs: string | null;
  /** The message's own text, kept when the stored answer is gone (after a restart). */
  messageText?: string | null;
  reason?: FeedbackReason | null;
  comment?: string | null;
}

/** A feedback record with everything a reviewer needs: question, answer, citations, mode, kind, user. */
export async function feedbackRecord(deps: Pick<SlackDeps, 'answers' | 'clock'>, event: FeedbackEvent): Promise<FeedbackRecord> {
  const stored = await deps.answers.get(event.answerId);
  return {
    at: deps.clock().toISOString(),
    vote: event.vote,
    userId: event.userId,
    channelId: event.channelId,
    messageTs: event.messageTs,
    answerId: event.answerId,
    question: stored?.question ?? null,
    answer: stored?.answer.answer ?? event.messageText ?? null,
    kind: stored?.answer.kind ?? null,
    mode: stored?.answer.mode ?? null,
    reason: event.reason ?? null,
    comment: event.comment ?? null,
    citations: (stored?.answer.citations ?? []).map(({ source, docId, chunkId, title, locator, page, quote }) => ({
      source,
      docId,
      chunkId,
      title,
      locator,
      page,
      quote,
    })),
  };
}
