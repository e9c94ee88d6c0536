import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Config } from '../config/index.js';
import { AppError } from '../errors.js';
import { tolerantOpenAiFetch } from './tolerant-openai-fetch.js';

export class ChatModelUnavailableError extends AppError<'CHAT_MODEL_UNAVAILABLE'> {
  constructor(provider: string, reason: string, options?: { cause?: unknown }) {
    super('CHAT_MODEL_UNAVAILABLE', `Dil modeli (${provider}) kurulamadı: ${reason}`, options);
  }
}

/** A named chat model: the name goes into logs and README examples, never into answers. */
export interface NamedChatModel {
  model: BaseChatModel;
  /** "openai:qwen2.5-7b-instruct @ http://127.0.0.1:8000/v1" */
  name: string;
}

/**
 * The configured chat model through LangChain's provider packages, or null for LLM_PROVIDER=none. Provider
 * packages load only when chosen, so the offline default never imports them. Retries are ours, not the
 * SDK's (`maxRetries: 0`): the turn honours Retry-After inside LLM_TIMEOUT_MS and then falls back, where
 * the SDK would back off for minutes.
 */
export async function createChatModel(config: Config): Promise<NamedChatModel | null> {
  const model = config.LLM_MODEL ?? '';
  try {
    switch (config.LLM_PROVIDER) {
      case 'none':
        return null;
      case 'openai': {
        const { ChatOpenAI } = await import('@langchain/openai');
        return {
          name: `openai:${model} @ ${config.OPENAI_BASE_URL ?? 'https://api.openai.com/v1'}`,
          model: new ChatOpenAI({
            model,
            // Local servers need no key, but the SDK insists on one.
            apiKey: config.OPENAI_API_KEY ?? 'yerel-sunucu',
            maxRetries: 0,
            streamUsage: false,
            // Chat Completions is what vLLM, llama.cpp, LM Studio and Ollama speak; never the Responses API.
            useResponsesApi: false,
            configuration: { baseURL: config.OPENAI_BASE_URL, fetch: tolerantOpenAiFetch() },
          }),
        };
      }
      case 'anthropic': {
        const { ChatAnthropic } = await import('@langchain/anthropic');
        return {
          name: `anthropic:${model} @ ${config.ANTHROPIC_BASE_URL ?? 'https://api.anthropic.com'}`,
          model: new ChatAnthropic({
            model,
            apiKey: config.ANTHROPIC_API_KEY,
            maxRetries: 0,
            // Anthropic requires a ceiling; answers are short, a long list still fits.
            maxTokens: 4096,
            ...(config.ANTHROPIC_BASE_URL ? { anthropicApiUrl: config.ANTHROPIC_BASE_URL } : {}),
          }),
        };
      }
      case 'ollama': {
        const { ChatOllama } = await import('@langchain/ollama');
        return { name: `ollama:${model} @ ${config.OLLAMA_BASE_URL}`, model: new ChatOllama({ model, baseUrl: config.OLLAMA_BASE_URL, maxRetries: 0 }) };
      }
    }
  } catch (cause) {
    throw new ChatModelUnavailableError(config.LLM_PROVIDER, cause instanceof Error ? cause.message : String(cause), { cause });
  }
}
