import { setMaxListeners } from 'node:events';
import { HumanMessage, SystemMessage, ToolMessage, type BaseMessage } from '@langchain/core/messages';
import type { AnswerEvent } from '../answer/answer-stream.js';
import type { ConversationTurn } from '../answer/assistant.js';
import { MAX_QUESTION_CHARS } from '../answer/answer-question.js';
import { createAnswer, type Answer, type ToolCall } from '../answer/types.js';
import type { IndexSnapshot } from '../retrieval/open-index.js';
import { hybridSearch } from '../retrieval/hybrid-search.js';
import { understandQuestion } from '../question/index.js';
import type { IndicatorStore, ToolContext } from '../tools/index.js';
import { buildQuestionMessage } from './build-prompt.js';
import { callModel, type ModelToolCall, type ToolCallingModel } from './call-model.js';
import { fallbackReason, type FallbackCode } from './fallback-reason.js';
import { fillTemplate, type Prompts } from './load-prompts.js';
import { ModelCallError, toModelCallError } from './model-call-error.js';
import { PassageBook } from './passage-book.js';
import { describeProtocolIssue, SUBMIT_ANSWER, SubmitAnswerInputSchema, type SubmitAnswerInput } from './protocol.js';
import { runProtocolTool } from './run-protocol-tool.js';
import { withEvents } from './with-events.js';
import { verifyDraft, type ToolEvidence } from './verify-draft.js';

export interface LlmTurnDependencies {
  model: ToolCallingModel;
  prompts: Prompts;
  index: IndexSnapshot;
  /** The extractive answer: the replacement whenever the model's answer cannot be used. */
  extractive: (question: string, history: readonly ConversationTurn[]) => Promise<Answer>;
  /** "Today" for the typed tools' date checks. */
  today: ToolContext['today'];
  timeoutMs: number;
}

export interface LlmTurnOptions {
  history?: readonly ConversationTurn[];
  /** Stream the model's reply (askStream); `ask` sends plain requests, which every server supports. */
  stream: boolean;
  signal?: AbortSignal;
}

/** Passages of the first retrieval, given to the model before it is called. */
const FIRST_PASSAGES = 8;
/** Tool calls (searches and computations) one question may make before it must answer. */
export const MAX_TOOL_CALLS = 8;
/** Model requests one question may make in all (tool rounds, retries, corrections). */
const MAX_ROUNDS = 12;
const PERSONAL_TOOLS = new Set(['pay_cap', 'leave', 'severance']);

class TurnEnd extends Error {
  constructor(readonly code: FallbackCode, readonly detail?: string) {
    super(code);
  }
}

/** The strategic plan whose indicators a lookup reads: the one the first retrieval found, else the first. */
function indicatorStoreFor(index: IndexSnapshot, docIds: readonly string[]): IndicatorStore | null {
  const stores = (index.extras.get('indicators') as IndicatorStore[] | null | undefined) ?? [];
  return stores.find((s) => docIds.includes(s.docId)) ?? stores[0] ?? null;
}

/** Answer JSON written as the reply's text by a model that cannot call tools (```json fences allowed). */
function submissionInText(content: string): unknown {
  const body = content.trim().replace(/^```(?:json)?\s*|\s*```$/gu, '');
  if (!body.startsWith('{')) return null;
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    return 'answer' in parsed ? parsed : null;
  } catch {
    return null;
  }
}

/** Passage ids given as numbers (3 for "P3") are read as the strings the schema asks for. */
function withStringIds(args: unknown): unknown {
  if (!args || typeof args !== 'object' || !Array.isArray((args as { citations?: unknown }).citations)) return args;
  const a = args as { citations: unknown[] };
  return { ...a, citations: a.citations.map((c) => (c && typeof c === 'object' && typeof (c as { passage_id?: unknown }).passage_id === 'number' ? { ...c, passage_id: String((c as { passage_id: number }).passage_id) } : c)) };
}

/**
 * One question answered by a tool-calling model under our protocol, as events. The first retrieval goes
 * into the prompt; the model may search, compute with the typed tools and must end with submit_answer,
 * whose draft is verified (quotes snapped to the sources, numbers traced to quotes or tool outputs). A
 * rejected draft gets one retry with the reason; every failure — time budget, HTTP errors, 429s, malformed
 * replies, tool loops, a second rejection — ends in the extractive answer with `fallbackReason`.
 */
export async function* runLlmTurn(deps: LlmTurnDependencies, rawQuestion: string, options: LlmTurnOptions): AsyncGenerator<AnswerEvent> {
  const started = performance.now();
  const history = options.history ?? [];
  // The one analysis of the question: its language, and a follow-up read with the question before it.
  const analysed = understandQuestion(rawQuestion, history);
  const { text: question, language } = analysed;
  const extractive = deps.extractive(rawQuestion, history);
  // Awaited on every path that ends the turn; this only keeps a consumer that stops early from leaving it unhandled.
  extractive.catch(() => undefined);
  const ms = () => Math.round(performance.now() - started);

  let streamedEver = false;
  const fallBack = async (code: FallbackCode, detail?: string): Promise<AnswerEvent> => {
    const answer = await extractive;
    const timingsMs = { ...answer.timingsMs, llm: ms(), total: ms() };
    const replacement: Answer = { ...answer, mode: 'extractive', fallbackReason: fallbackReason(code, language, detail), timingsMs };
    return { type: 'final', answer: replacement, streamed: streamedEver ? 'withdrawn' : 'none', withdrawn: streamedEver };
  };
  if (question === '' || question.length > MAX_QUESTION_CHARS) {
    yield await fallBack('question_invalid');
    return;
  }

  // Our own controller too: a consumer that stops iterating (a Slack user who left) ends the model call.
  const stop = new AbortController();
  const signal = AbortSignal.any([stop.signal, AbortSignal.timeout(deps.timeoutMs), ...(options.signal ? [options.signal] : [])]);
  // Each model request adds its abort listener to the turn's signal: a dozen requests is normal here.
  setMaxListeners(4 * MAX_ROUNDS, signal);
  const deadline = Date.now() + deps.timeoutMs;
  try {
    const retrievalStarted = performance.now();
    const hits = await hybridSearch(deps.index, analysed, { limit: FIRST_PASSAGES });
    const retrievalMs = Math.round((performance.now() - retrievalStarted) * 10) / 10;
    const book = new PassageBook(deps.index.documentsById);
    const first = book.add(hits.map((h) => h.chunk));
    const tools: ToolContext = { today: deps.today, indicators: indicatorStoreFor(deps.index, first.map((p) => p.doc.id)) };
    const messages: BaseMessage[] = [
      new SystemMessage(deps.prompts.system),
      new HumanMessage(buildQuestionMessage(deps.prompts, question, language, history, first.map((p) => p.view))),
    ];

    const computed: { call: ToolCall; evidence: ToolEvidence }[] = [];
    let toolCallsMade = 0;
    let malformedRounds = 0;
    let capWarnings = 0;
    let rejections = 0;
    let draft = '';

    for (let round = 0; round < MAX_ROUNDS; round++) {
      const reply = yield* withEvents((emit) =>
        callModel(deps.model, messages, {
          stream: options.stream, signal, deadline, round,
          onAnswerText: (text) => {
            // A draft that restarts (a new submit_answer) is a new text; otherwise only the new tail is sent.
            if (!text.startsWith(draft)) {
              emit({ type: 'text-reset', reason: 'yanıt yeniden yazılıyor' });
              draft = '';
            }
            const delta = text.slice(draft.length);
            draft = text;
            if (delta !== '') {
              streamedEver = true;
              emit({ type: 'text', delta });
            }
          },
        }),
      );
      messages.push(reply.message);

      let submission: { call: ModelToolCall | null; args: unknown } | null = null;
      const submitCall = reply.toolCalls.find((c) => c.name === SUBMIT_ANSWER);
      if (submitCall) submission = { call: submitCall, args: submitCall.args };
      else if (reply.toolCalls.length === 0) {
        const inText = submissionInText(reply.content);
        if (inText) submission = { call: null, args: inText };
        else {
          if (++malformedRounds > 1) throw new TurnEnd('malformed_reply', 'yanıt submit_answer ile gönderilmedi');
          messages.push(new HumanMessage('Yanıtını metin olarak değil, submit_answer aracıyla gönder: {"answer": "…", "citations": [{"passage_id": "P1", "quote": "…"}]}.'));
          continue;
        }
      }

      if (!submission) {
        let malformed = false;
        let capped = false;
        for (const call of reply.toolCalls) {
          const input = call.args;
          if (call.malformed) {
            malformed = true;
            messages.push(new ToolMessage({ content: `Hata: ${call.malformed}`, tool_call_id: call.id, name: call.name, status: 'error' }));
            yield { type: 'tool', id: call.id, name: call.name, status: 'failed', input, error: call.malformed };
            continue;
          }
          if (toolCallsMade >= MAX_TOOL_CALLS) {
            capped = true;
            const content = `Hata: bu soru için araç çağrısı sınırına (${MAX_TOOL_CALLS}) ulaşıldı. Elindeki parçalarla yanıtını submit_answer ile gönder.`;
            messages.push(new ToolMessage({ content, tool_call_id: call.id, name: call.name, status: 'error' }));
            continue;
          }
          toolCallsMade++;
          yield { type: 'tool', id: call.id, name: call.name, status: 'started', input };
          const run = await runProtocolTool(call.name, input, { index: deps.index, book, tools });
          messages.push(new ToolMessage({ content: run.content, tool_call_id: call.id, name: call.name, status: run.ok ? 'success' : 'error' }));
          if (run.ok) {
            if (run.computed) computed.push(run.computed);
            yield { type: 'tool', id: call.id, name: call.name, status: 'succeeded', input, output: run.output };
          } else {
            malformed ||= run.malformed;
            yield { type: 'tool', id: call.id, name: call.name, status: 'failed', input, error: run.error };
          }
        }
        if (malformed && ++malformedRounds > 1) throw new TurnEnd('malformed_reply', 'okunamayan ya da bilinmeyen araç çağrısı');
        if (capped && ++capWarnings > 1) throw new TurnEnd('tool_loop', `${MAX_TOOL_CALLS} araç çağrısından sonra yanıt gelmedi`);
        continue;
      }

      // Calls made beside submit_answer cannot inform it: they are answered, not run.
      for (const other of reply.toolCalls.filter((c) => c !== submission.call)) {
        messages.push(new ToolMessage({ content: 'Çalıştırılmadı: submit_answer ile aynı yanıtta çağrıldı.', tool_call_id: other.id, name: other.name, status: 'error' }));
      }
      const answerBack = (content: string) =>
        messages.push(submission.call ? new ToolMessage({ content, tool_call_id: submission.call.id, name: SUBMIT_ANSWER, status: 'error' }) : new HumanMessage(content));

      const parsed = SubmitAnswerInputSchema.safeParse(withStringIds(submission.args));
      if (submission.call?.malformed || !parsed.success) {
        if (++malformedRounds > 1) throw new TurnEnd('malformed_reply', 'submit_answer argümanları okunamadı');
        answerBack(`Hata: ${submission.call?.malformed ?? describeProtocolIssue(parsed.error!, submission.args)}`);
        continue;
      }

      const verdict = verifyDraft(parsed.data as SubmitAnswerInput, {
        book, documentsById: deps.index.documentsById, chunks: deps.index.chunks, tools: computed.map((c) => c.evidence), language,
      });
      if (!verdict.ok) {
        if (++rejections > 1) throw new TurnEnd(verdict.code, verdict.reason.slice(0, 240));
        if (draft !== '') {
          yield { type: 'text-reset', reason: verdict.reason };
          draft = '';
        }
        answerBack(fillTemplate(deps.prompts.rejected, { reason: verdict.reason }));
        continue;
      }

      const personal = analysed.personal || (await extractive).personal || computed.some((c) => PERSONAL_TOOLS.has(c.call.name));
      const answer = createAnswer({
        kind: computed.length > 0 ? 'computed' : 'answered',
        answer: verdict.answer,
        language,
        citations: verdict.citations,
        toolCalls: computed.map((c) => c.call),
        mode: 'llm',
        fallbackReason: null,
        personal,
        timingsMs: { retrieval: retrievalMs, llm: ms(), total: ms() },
      });
      const streamed = draft === '' ? 'none' : draft === answer.answer ? 'kept' : 'revised';
      yield { type: 'final', answer, streamed, withdrawn: false };
      return;
    }
    throw new TurnEnd('tool_loop', `${MAX_ROUNDS} model isteğinde yanıt gelmedi`);
  } catch (error) {
    if (error instanceof TurnEnd) yield await fallBack(error.code, error.detail);
    else if (options.signal?.aborted) yield await fallBack('cancelled');
    else if (signal.aborted) yield await fallBack('timeout', `${deps.timeoutMs} ms`);
    else {
      const failure = error instanceof ModelCallError ? error : toModelCallError(error);
      yield await fallBack(failure.code, failure.detail);
    }
  } finally {
    stop.abort();
  }
}
