import type { ParsedQuestion } from '../question/index.js';
import type { ConversationTurn } from './assistant.js';
import type { Answer } from './types.js';

/** Answers computation questions with typed tools; null when the question is not one. */
export interface ToolAnswerer {
  /** `parsed` is the question's one analysis when the caller has it; the tools read it instead of re-parsing. */
  tryAnswer(question: string, history: readonly ConversationTurn[], language: 'tr' | 'en', parsed?: ParsedQuestion): Promise<Answer | null>;
}
