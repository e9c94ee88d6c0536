import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { AnswerEvent } from '../answer/answer-stream.js';
import type { ConversationTurn, SearchScope } from '../answer/assistant.js';
import type { Answer } from '../answer/types.js';
import type { IndexSnapshot } from '../retrieval/open-index.js';
import type { CalendarDate } from '../text/index.js';
import type { ToolCallingModel } from './call-model.js';
import { ChatModelUnavailableError } from './create-chat-model.js';
import { loadPrompts, type Prompts } from './load-prompts.js';
import { protocolToolDefinitions } from './protocol.js';
import { runLlmTurn, type LlmTurnOptions } from './run-llm-turn.js';

export interface LlmComposerDependencies {
  /** Any LangChain chat model that can call tools (ChatOpenAI, ChatAnthropic, ChatOllama, a test's own). */
  model: BaseChatModel;
  /** The index serving now (it changes on a re-index). */
  index: () => IndexSnapshot;
  /** The extractive composer: the answer whenever the model's cannot be used. */
  extractive: (question: string, history: readonly ConversationTurn[], scope?: SearchScope) => Promise<Answer>;
  clock: () => Date;
  timeoutMs: number;
  prompts?: Prompts;
  /** Which server the model is ("openai:model @ URL"), named when it fails. */
  endpoint?: string;
}

export interface LlmComposer {
  compose(question: string, options: LlmTurnOptions): AsyncGenerator<AnswerEvent>;
}

const toCalendarDate = (d: Date): CalendarDate => ({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });

/**
 * The LLM composer behind the Assistant: prompts loaded and tools bound once at start-up, then one
 * protocol turn per question over whatever index is serving.
 */
export async function createLlmComposer(deps: LlmComposerDependencies): Promise<LlmComposer> {
  const prompts = deps.prompts ?? (await loadPrompts());
  if (typeof deps.model.bindTools !== 'function') {
    throw new ChatModelUnavailableError(deps.model.getName(), 'bu model araç çağırmayı (tool calling) desteklemiyor');
  }
  const model = deps.model.bindTools(protocolToolDefinitions()) as ToolCallingModel;
  return {
    compose: (question, options) =>
      runLlmTurn(
        { model, prompts, index: deps.index(), extractive: deps.extractive, today: toCalendarDate(deps.clock()), timeoutMs: deps.timeoutMs, endpoint: deps.endpoint },
        question,
        options,
      ),
  };
}
