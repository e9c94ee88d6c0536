import type { AnswerLabels } from '../../present/index.js';
import { ACTION_IDS, FEEDBACK_MODAL } from './action-ids.js';
import type { KnownBlock, ModalView } from './block-types.js';

export type FeedbackVote = 'up' | 'down';

/** Why a 👎 answer did not help, as the modal offers it (stored by this code, shown in Turkish). */
export const FEEDBACK_REASONS = {
  wrong: 'Yanlış',
  incomplete: 'Eksik',
  not_cited: 'Kaynak yok / kaynak yanlış',
  other: 'Diğer',
} as const;
export type FeedbackReason = keyof typeof FEEDBACK_REASONS;

/** "up:<answer id>" / "down:<answer id>": the feedback element carries one value per button. */
export function feedbackValue(vote: FeedbackVote, answerId: string): string {
  return `${vote}:${answerId}`;
}

export function parseFeedbackValue(value: string | undefined): { vote: FeedbackVote; answerId: string } | null {
  const match = /^(up|down):(.+)$/.exec(value ?? '');
  return match ? { vote: match[1] as FeedbackVote, answerId: match[2]! } : null;
}

/** Slack's native 👍 / 👎 (feedback_buttons in a context_actions block), under every answer. */
export function feedbackBlock(answerId: string, labels: AnswerLabels): KnownBlock {
  return {
    type: 'context_actions',
    block_id: 'answer_feedback',
    elements: [
      {
        type: 'feedback_buttons',
        action_id: ACTION_IDS.feedback,
        positive_button: {
          text: { type: 'plain_text', text: labels.feedback.positive },
          accessibility_label: labels.feedback.positiveA11y,
          value: feedbackValue('up', answerId),
        },
        negative_button: {
          text: { type: 'plain_text', text: labels.feedback.negative },
          accessibility_label: labels.feedback.negativeA11y,
          value: feedbackValue('down', answerId),
        },
      },
    ],
  };
}

/** What the modal needs to file the reason with the right answer. */
export interface FeedbackModalContext {
  answerId: string;
  channelId: string | null;
  messageTs: string | null;
}

/** The "why?" window opened after 👎: one reason (required) and an optional comment. */
export function renderFeedbackModal(context: FeedbackModalContext): ModalView {
  return {
    type: 'modal',
    callback_id: FEEDBACK_MODAL.callbackId,
    private_metadata: JSON.stringify(context),
    title: { type: 'plain_text', text: 'Geri bildirim' },
    submit: { type: 'plain_text', text: 'Gönder' },
    close: { type: 'plain_text', text: 'Vazgeç' },
    blocks: [
      {
        type: 'section',
        text: { type: 'mrkdwn', text: 'Yanıt neden işinize yaramadı? İncelerken bu bilgiyi kullanacağız.' },
      },
      {
        type: 'input',
        block_id: FEEDBACK_MODAL.reasonBlock,
        label: { type: 'plain_text', text: 'Neden' },
        element: {
          type: 'radio_buttons',
          action_id: FEEDBACK_MODAL.reasonAction,
          options: Object.entries(FEEDBACK_REASONS).map(([value, text]) => ({ value, text: { type: 'plain_text', text } })),
        },
      },
      {
        type: 'input',
        block_id: FEEDBACK_MODAL.commentBlock,
        optional: true,
        label: { type: 'plain_text', text: 'Açıklama (isteğe bağlı)' },
        element: {
          type: 'plain_text_input',
          action_id: FEEDBACK_MODAL.commentAction,
          multiline: true,
          max_length: 2000,
          placeholder: { type: 'plain_text', text: 'Ör. doğru madde 9 olmalıydı; tutar güncel değil…' },
        },
      },
    ],
  };
}

export function parseFeedbackModalContext(privateMetadata: string | undefined): FeedbackModalContext | null {
  try {
    const parsed = JSON.parse(privateMetadata ?? '') as Partial<FeedbackModalContext>;
    if (typeof parsed.answerId !== 'string' || parsed.answerId === '') return null;
    return { answerId: parsed.answerId, channelId: parsed.channelId ?? null, messageTs: parsed.messageTs ?? null };
  } catch {
    return null;
  }
}
