import type { ConversationTurn } from './assistant.js';
import type { Answer } from './types.js';

/** Answers computation questions with typed tools; null when the question is not one. */
export interface ToolAnswerer {
  tryAnswer(question: string, history: readonly ConversationTurn[], language: 'tr' | 'en'): Promise<Answer | null>;
}
