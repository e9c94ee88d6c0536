/** Public surface of the LLM answer mode. */
export { createChatModel, ChatModelUnavailableError, type NamedChatModel } from './create-chat-model.js';
export { createLlmComposer, type LlmComposer, type LlmComposerDependencies } from './create-llm-composer.js';
export { FALLBACK_CODES, fallbackReason, type FallbackCode } from './fallback-reason.js';
export { loadPrompts, PROMPTS_DIR, PromptMissingError, type Prompts } from './load-prompts.js';
export {
  SEARCH_DOCUMENTS, SUBMIT_ANSWER, SearchDocumentsInputSchema, SubmitAnswerInputSchema, protocolToolDefinitions,
  type SearchDocumentsInput, type SubmitAnswerInput,
} from './protocol.js';
export { MAX_TOOL_CALLS } from './run-llm-turn.js';
export { matchQuote } from './match-quote.js';
export { findInstructions } from './find-instructions.js';
export { numbersInAnswer, numberKeysIn, unsupportedNumbers } from './numbers-in-text.js';
export { tolerantOpenAiFetch } from './tolerant-openai-fetch.js';
