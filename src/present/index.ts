/** Presentation both edges share: what an answer shows, in which words; Slack and the terminal lay it out. */
export { presentAnswer, type AnswerView } from './present-answer.js';
export { labelsFor, type AnswerLabels } from './labels.js';
export { describeInputs, describeToolCall, describeToolEvent, toolTitle, type ToolStep } from './describe-tool-call.js';
export { locatorWithoutTitle, sourceEntries, type SourceEntry } from './source-entries.js';
export { formatAsOf } from './format-as-of.js';
export { readSuggestedQuestions, questionsFromDocuments, type SuggestedQuestion } from './suggested-questions.js';
export { KIND_LABELS, kindFromWord, kindLabel } from './document-kinds.js';
