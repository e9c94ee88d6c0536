/** Action ids of the interactive elements we render; listeners register on the same constants. */
export const ACTION_IDS = {
  feedbackUp: 'feedback_up',
  feedbackDown: 'feedback_down',
  showPassage: 'show_passage',
  shareAnswer: 'share_answer',
} as const;
