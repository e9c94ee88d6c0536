import { setMaxListeners } from 'node:events';
import { HumanMessage, SystemMessage, ToolMessage, type BaseMessage } from '@langchain/core/messages';
import type { AnswerEvent } from '../answer/answer-stream.js';
import type { ConversationTurn, SearchScope } from '../answer/assistant.js';
import { scopeFilter } from '../answer/scope-filter.js';
import { MAX_QUESTION_CHARS } from '../answer/answer-question.js';
import { ruleSources } from '../answer/tool-wiring.js';
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
import { runProtocolTool, type ToolRunContext } from './run-protocol-tool.js';
import { withEvents } from './with-events.js';
import { verifyDraft, type DraftVerdict, type ToolEvidence } from './verify-draft.js';

export interface LlmTurnDependencies {
  model: ToolCallingModel;
  prompts: Prompts;
  index: IndexSnapshot;
  /** The extractive answer: the replacement whenever the model's answer cannot be used. */
  extractive: (question: string, history: readonly ConversationTurn[], scope?: SearchScope) => Promise<Answer>;
  /** "Today" for the typed tools' date checks. */
  today: ToolContext['today'];
  timeoutMs: number;
  /** "openai:model @ URL": named in a fallback reason when the server failed, so the setting to fix is clear. */
  endpoint?: string;
}

/** Failures of the server itself (not of the model's answer): the reason names which server was asked. */
const SERVER_FAILURES: ReadonlySet<FallbackCode> = new Set(['connection_error', 'http_error', 'rate_limited', 'timeout']);

export interface LlmTurnOptions {
  history?: readonly ConversationTurn[];
  /** Stream the model's reply (askStream); `ask` sends plain requests, which every server supports. */
  stream: boolean;
  signal?: AbortSignal;
  /** A channel's document limit: the first retrieval and search_documents see only these documents. */
  scope?: SearchScope;
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

/** The answer text streamed so far for the current draft. */
class StreamedDraft {
  text = '';
  /** Anything was ever streamed this turn (a fallback then withdraws it). */
  ever = false;

  /** A draft that restarts (a new submit_answer) is a new text; otherwise only the new tail is sent. */
  grow(textSoFar: string, emit: (event: AnswerEvent) => void): void {
    if (!textSoFar.startsWith(this.text)) {
      emit({ type: 'text-reset', reason: 'yanıt yeniden yazılıyor' });
      this.text = '';
    }
    const delta = textSoFar.slice(this.text.length);
    this.text = textSoFar;
    if (delta === '') return;
    this.ever = true;
    emit({ type: 'text', delta });
  }

  /** Forgets the current draft; true when there was streamed text to take back. */
  reset(): boolean {
    const had = this.text !== '';
    this.text = '';
    return had;
  }
}

interface TurnState {
  messages: BaseMessage[];
  /** Typed tools that ran: their calls go into the answer, their outputs are evidence for numbers. */
  computed: { call: ToolCall; evidence: ToolEvidence }[];
  toolCallsMade: number;
  /** Corrections used: one each for an unreadable reply, a rejected draft, a reply past the tool cap. */
  malformedRounds: number;
  rejections: number;
  capWarnings: number;
  run: ToolRunContext;
}

/**
 * Runs the tools of one reply (none of them submit_answer) and answers each call in the conversation;
 * past the cap a call is answered with "answer now" instead. Yields the progress events.
 */
async function* runToolBatch(calls: readonly ModelToolCall[], turn: TurnState): AsyncGenerator<AnswerEvent, { malformed: boolean; capped: boolean }> {
  let malformed = false;
  let capped = false;
  for (const call of calls) {
    const { id, name, args: input } = call;
    if (call.malformed) {
      malformed = true;
      turn.messages.push(new ToolMessage({ content: `Hata: ${call.malformed}`, tool_call_id: id, name, status: 'error' }));
      yield { type: 'tool', id, name, status: 'failed', input, error: call.malformed };
      continue;
    }
    if (turn.toolCallsMade >= MAX_TOOL_CALLS) {
      capped = true;
      const content = `Hata: bu soru için araç çağrısı sınırına (${MAX_TOOL_CALLS}) ulaşıldı. Elindeki parçalarla yanıtını submit_answer ile gönder.`;
      turn.messages.push(new ToolMessage({ content, tool_call_id: id, name, status: 'error' }));
      continue;
    }
    turn.toolCallsMade++;
    yield { type: 'tool', id, name, status: 'started', input };
    const run = await runProtocolTool(name, input, turn.run);
    turn.messages.push(new ToolMessage({ content: run.content, tool_call_id: id, name, status: run.ok ? 'success' : 'error' }));
    if (run.ok) {
      if (run.computed) turn.computed.push(run.computed);
      yield { type: 'tool', id, name, status: 'succeeded', input, output: run.output };
    } else {
      malformed ||= run.malformed;
      yield { type: 'tool', id, name, status: 'failed', input, error: run.error };
    }
  }
  return { malformed, capped };
}

type Judgement = { ok: true; verdict: Extract<DraftVerdict, { ok: true }> } | { ok: false; rejected: string | null };

/**
 * A submission read and verified. A draft that cannot be read or fails verification is answered with the
 * reason (its one correction); a second such draft ends the turn (TurnEnd). Calls made beside
 * submit_answer cannot inform it: they are answered, not run.
 */
function judgeSubmission(
  submission: { call: ModelToolCall | null; args: unknown },
  others: readonly ModelToolCall[],
  turn: TurnState,
  prompts: Prompts,
  language: 'tr' | 'en',
): Judgement {
  const { call, args } = submission;
  for (const other of others) {
    turn.messages.push(new ToolMessage({ content: 'Çalıştırılmadı: submit_answer ile aynı yanıtta çağrıldı.', tool_call_id: other.id, name: other.name, status: 'error' }));
  }
  const answerBack = (content: string) =>
    turn.messages.push(call ? new ToolMessage({ content, tool_call_id: call.id, name: SUBMIT_ANSWER, status: 'error' }) : new HumanMessage(content));

  const parsed = SubmitAnswerInputSchema.safeParse(withStringIds(args));
  if (call?.malformed || !parsed.success) {
    if (++turn.malformedRounds > 1) throw new TurnEnd('malformed_reply', 'submit_answer argümanları okunamadı');
    answerBack(`Hata: ${call?.malformed ?? describeProtocolIssue(parsed.error!, args)}`);
    return { ok: false, rejected: null };
  }
  const verdict = verifyDraft(parsed.data as SubmitAnswerInput, {
    book: turn.run.book, documentsById: turn.run.index.documentsById, chunks: turn.run.index.chunks, tools: turn.computed.map((c) => c.evidence), language,
  });
  if (verdict.ok) return { ok: true, verdict };
  if (++turn.rejections > 1) throw new TurnEnd(verdict.code, verdict.reason.slice(0, 240));
  answerBack(fillTemplate(prompts.rejected, { reason: verdict.reason }));
  return { ok: false, rejected: verdict.reason };
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
  const extractive = deps.extractive(rawQuestion, history, options.scope);
  const accept = scopeFilter(options.scope, deps.index.documentsById);
  // Awaited on every path that ends the turn; this only keeps a consumer that stops early from leaving it unhandled.
  extractive.catch(() => undefined);
  const ms = () => Math.round(performance.now() - started);

  const draft = new StreamedDraft();
  const fallBack = async (code: FallbackCode, detail?: string): Promise<AnswerEvent> => {
    const answer = await extractive;
    const timingsMs = { ...answer.timingsMs, llm: ms(), total: ms() };
    const where = deps.endpoint && SERVER_FAILURES.has(code) ? deps.endpoint : undefined;
    const fullDetail = [detail?.trim().replace(/[.\s]+$/u, ''), where].filter(Boolean).join('; ');
    const replacement: Answer = { ...answer, mode: 'extractive', fallbackReason: fallbackReason(code, language, fullDetail || undefined), timingsMs };
    return { type: 'final', answer: replacement, streamed: draft.ever ? 'withdrawn' : 'none', withdrawn: draft.ever };
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
    const hits = await hybridSearch(deps.index, analysed, { limit: FIRST_PASSAGES, accept });
    const retrievalMs = Math.round((performance.now() - retrievalStarted) * 10) / 10;
    const book = new PassageBook(deps.index.documentsById);
    const first = book.add(hits.map((h) => h.chunk));
    const tools: ToolContext = { today: deps.today, indicators: indicatorStoreFor(deps.index, first.map((p) => p.doc.id)), sources: ruleSources(deps.index) };
    const messages: BaseMessage[] = [
      new SystemMessage(deps.prompts.system),
      new HumanMessage(buildQuestionMessage(deps.prompts, question, language, history, first.map((p) => p.view))),
    ];

    const turn: TurnState = { messages, computed: [], toolCallsMade: 0, malformedRounds: 0, rejections: 0, capWarnings: 0, run: { index: deps.index, book, tools, accept } };
    const { computed } = turn;

    for (let round = 0; round < MAX_ROUNDS; round++) {
      const reply = yield* withEvents((emit) =>
        callModel(deps.model, messages, {
          stream: options.stream, signal, deadline, round,
          onAnswerText: (text) => draft.grow(text, emit),
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
          if (++turn.malformedRounds > 1) throw new TurnEnd('malformed_reply', 'yanıt submit_answer ile gönderilmedi');
          messages.push(new HumanMessage('Yanıtını metin olarak değil, submit_answer aracıyla gönder: {"answer": "…", "citations": [{"passage_id": "P1", "quote": "…"}]}.'));
          continue;
        }
      }

      if (!submission) {
        const batch = yield* runToolBatch(reply.toolCalls, turn);
        if (batch.malformed && ++turn.malformedRounds > 1) throw new TurnEnd('malformed_reply', 'okunamayan ya da bilinmeyen araç çağrısı');
        if (batch.capped && ++turn.capWarnings > 1) throw new TurnEnd('tool_loop', `${MAX_TOOL_CALLS} araç çağrısından sonra yanıt gelmedi`);
        continue;
      }

      const others = reply.toolCalls.filter((c) => c !== submission.call);
      const judged = judgeSubmission(submission, others, turn, deps.prompts, language);
      if (!judged.ok) {
        if (judged.rejected && draft.reset()) yield { type: 'text-reset', reason: judged.rejected };
        continue;
      }
      const verdict = judged.verdict;

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
      const streamed = draft.text === '' ? 'none' : draft.text === answer.answer ? 'kept' : 'revised';
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
