/** Slack's documented limits that the renderers respect (api.slack.com/reference/block-kit). */
export const SLACK_LIMITS = {
  /** `text` of a section block. */
  sectionText: 3000,
  /** Blocks in one message. */
  messageBlocks: 50,
  /** Blocks in a modal or Home tab view. */
  viewBlocks: 100,
  /** Elements in a context block. */
  contextElements: 10,
  /** A button's `value`. */
  buttonValue: 2000,
  /** A button's label. */
  buttonText: 75,
  /** A modal title. */
  modalTitle: 24,
  /** Top-level `text` of a message we send alongside blocks (notification fallback). */
  fallbackText: 3000,
} as const;
