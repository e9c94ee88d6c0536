import { setTimeout as sleep } from 'node:timers/promises';
import type { BaseLanguageModelInput } from '@langchain/core/language_models/base';
import { AIMessage, AIMessageChunk, type BaseMessage } from '@langchain/core/messages';
import { parsePartialJson } from '@langchain/core/output_parsers';
import type { Runnable } from '@langchain/core/runnables';
import { ModelCallError, toModelCallError } from './model-call-error.js';
import { SUBMIT_ANSWER } from './protocol.js';

/** A chat model with the protocol tools bound (LangChain's `bindTools` result). */
export type ToolCallingModel = Runnable<BaseLanguageModelInput, AIMessageChunk>;

export interface ModelToolCall {
  id: string;
  name: string;
  args: unknown;
  /** Why the arguments could not be read (not JSON); `args` is then `{}`. */
  malformed?: string;
}

export interface ModelReply {
  content: string;
  toolCalls: ModelToolCall[];
  /** The reply as it goes back into the conversation (tool-call ids filled in where a server left them out). */
  message: AIMessage;
}

export interface CallOptions {
  /** Stream the reply (SSE); otherwise one request, one JSON reply. */
  stream: boolean;
  /** Aborted when the turn's time budget (LLM_TIMEOUT_MS) runs out or the asker cancels. */
  signal: AbortSignal;
  /** When the budget ends (epoch ms): a Retry-After beyond it is not waited for. */
  deadline: number;
  /** The growing `answer` of a streamed submit_answer call, as it arrives. */
  onAnswerText?: (textSoFar: string) => void;
  /** Used to name tool calls that came without an id. */
  round: number;
}

/** Extra sends of one request: one for a transient failure (5xx, broken body), a few waits for 429s. */
const TRANSIENT_RETRIES = 1;
const RATE_LIMIT_WAITS = 3;
const TRANSIENT_PAUSE_MS = 250;
/** A 429 without Retry-After is retried after this long (if the budget allows). */
const DEFAULT_RATE_LIMIT_WAIT_MS = 1000;

/**
 * One model round: sends the conversation, returns the reply's text and tool calls. Retries what is worth
 * retrying inside the time budget — 429s after the Retry-After the server asked for, one resend after a
 * 5xx or an unreadable body — and throws a ModelCallError with the fallback code otherwise.
 */
export async function callModel(model: ToolCallingModel, messages: readonly BaseMessage[], options: CallOptions): Promise<ModelReply> {
  let transient = 0;
  let waits = 0;
  let stream = options.stream;
  for (;;) {
    try {
      const message = stream ? await streamOnce(model, messages, options) : await model.invoke([...messages], { signal: options.signal });
      const reply = readReply(message, options.round);
      // Nothing at all (an SSE body without data lines, an empty choice) is a broken reply, not an answer.
      if (reply.content.trim() === '' && reply.toolCalls.length === 0) throw new ModelCallError('malformed_reply', 'boş ya da okunamayan yanıt');
      return reply;
    } catch (raw) {
      if (options.signal.aborted) throw raw;
      const error = toModelCallError(raw);
      // Some servers (older llama.cpp, Ollama's OpenAI API) refuse tools in streaming mode: ask once without.
      if (stream && error.code === 'http_error' && /^(400|422)/.test(error.detail)) {
        stream = false;
        continue;
      }
      const remaining = options.deadline - Date.now();
      if (error.code === 'rate_limited' && waits < RATE_LIMIT_WAITS) {
        const wait = error.retryAfterMs ?? DEFAULT_RATE_LIMIT_WAIT_MS;
        if (wait >= remaining) throw new ModelCallError('rate_limited', `Retry-After ${Math.ceil(wait / 1000)} sn, kalan süre ${Math.max(0, Math.floor(remaining / 1000))} sn`, { cause: raw });
        waits++;
        await sleep(wait, undefined, { signal: options.signal });
        continue;
      }
      if (error.transient && transient < TRANSIENT_RETRIES && remaining > TRANSIENT_PAUSE_MS) {
        transient++;
        await sleep(TRANSIENT_PAUSE_MS, undefined, { signal: options.signal });
        continue;
      }
      throw error;
    }
  }
}

async function streamOnce(model: ToolCallingModel, messages: readonly BaseMessage[], options: CallOptions): Promise<AIMessageChunk> {
  let gathered: AIMessageChunk | undefined;
  let shown = '';
  for await (const chunk of await model.stream([...messages], { signal: options.signal })) {
    gathered = gathered ? gathered.concat(chunk) : chunk;
    if (!options.onAnswerText) continue;
    const submit = gathered.tool_call_chunks?.find((c) => c.name === SUBMIT_ANSWER);
    const partial = submit?.args ? (parsePartialJson(submit.args) as { answer?: unknown } | null) : null;
    if (typeof partial?.answer === 'string' && partial.answer !== shown) {
      shown = partial.answer;
      options.onAnswerText(shown);
    }
  }
  if (options.signal.aborted) throw new ModelCallError('timeout', 'akış yarıda kesildi');
  return gathered ?? new AIMessageChunk({ content: '' });
}

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map((b) => (b && typeof b === 'object' && 'text' in b && typeof b.text === 'string' ? b.text : '')).join('');
}

/** Strict JSON for complete arguments: a streamed fragment that only partial-JSON could read is malformed. */
function parseArgs(raw: unknown): { args: unknown; malformed?: string } {
  if (raw !== null && typeof raw === 'object') return { args: raw };
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (text === '') return { args: {} };
  try {
    return { args: JSON.parse(text) };
  } catch (error) {
    return { args: {}, malformed: `argümanlar geçerli JSON değil (${(error as Error).message.slice(0, 80)})` };
  }
}

/**
 * Tool calls however the provider delivered them: streamed chunks (raw argument strings, parsed strictly
 * here), parsed calls, calls LangChain could not parse, or the legacy `function_call` of older servers.
 */
function readReply(message: AIMessage | AIMessageChunk, round: number): ModelReply {
  const calls: ModelToolCall[] = [];
  const idFor = (id: unknown, i: number) => (typeof id === 'string' && id !== '' ? id : `call_${round}_${i}`);
  const chunks = 'tool_call_chunks' in message ? (message.tool_call_chunks ?? []) : [];
  if (chunks.length > 0) {
    chunks.forEach((c, i) => calls.push({ id: idFor(c.id, i), name: c.name ?? '', ...parseArgs(c.args) }));
  } else {
    (message.tool_calls ?? []).forEach((c, i) => calls.push({ id: idFor(c.id, i), name: c.name, args: c.args ?? {} }));
    // LangChain gives up on arguments that are not a JSON string; some servers send an object, which is fine.
    (message.invalid_tool_calls ?? []).forEach((c, i) => {
      const parsed = parseArgs(c.args);
      const readable = parsed.malformed === undefined && c.args !== undefined && c.args !== '';
      calls.push({ id: idFor(c.id, calls.length + i), name: c.name ?? '', ...parsed, ...(readable ? {} : { malformed: parsed.malformed ?? c.error ?? 'okunamadı' }) });
    });
    const legacy = message.additional_kwargs?.function_call as { name?: string; arguments?: string } | undefined;
    if (calls.length === 0 && legacy?.name) calls.push({ id: idFor(undefined, 0), name: legacy.name, ...parseArgs(legacy.arguments) });
  }
  const content = textOf(message.content);
  const toolCalls = calls.map((c) => ({ ...c, name: c.name.trim() }));
  const history = new AIMessage({
    content,
    tool_calls: toolCalls.map((c) => ({ id: c.id, name: c.name, args: (c.malformed ? {} : c.args) as Record<string, unknown>, type: 'tool_call' as const })),
  });
  return { content, toolCalls, message: history };
}
