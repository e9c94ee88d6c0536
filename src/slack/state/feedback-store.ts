/** Feedback lives in the shared store (src/store/feedback-repository.ts); the record type is part of the Slack surface. */
export type { FeedbackRecord } from '../../store/index.js';
