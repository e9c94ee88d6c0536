/** Action ids of the interactive elements we render; listeners register on the same constants. */
export const ACTION_IDS = {
  /** Slack's native feedback_buttons element (in a context_actions block): value "up:<id>" or "down:<id>". */
  feedback: 'answer_feedback',
  /** Plain 👍 / 👎 buttons of messages posted before feedback_buttons; still handled. */
  feedbackUp: 'feedback_up',
  feedbackDown: 'feedback_down',
  showPassage: 'show_passage',
  shareAnswer: 'share_answer',
} as const;

/** Callback id of the "why was it not useful?" modal and its inputs. */
export const FEEDBACK_MODAL = {
  callbackId: 'feedback_reason',
  reasonBlock: 'reason',
  reasonAction: 'reason_choice',
  commentBlock: 'comment',
  commentAction: 'comment_text',
} as const;
