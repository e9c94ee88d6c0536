/** The engine's answer: the only shape the Slack and CLI edges render. */

export interface Citation {
  /** File path relative to the repository root. */
  source: string;
  docId: string;
  chunkId: string;
  title: string;
  locator: string;
  page: number | null;
  /** A verbatim span of the cleaned source text, checked before output, personal data masked. */
  quote: string;
  /** How current the document is ("Ocak 2011"), when known. */
  asOf: string | null;
}

export interface ToolCall {
  name: string;
  input: Record<string, unknown>;
  output: Record<string, unknown>;
}

export type AnswerKind =
  /** Answered from the documents. */
  | 'answered'
  /** Computed by a tool, with its legal basis cited. */
  | 'computed'
  /** A tool is needed but an argument is missing or invalid: `answer` says what and gives an example. */
  | 'needs-input'
  /** The documents do not answer this; `closest` holds the nearest passages. */
  | 'refused';

/**
 * Why an answer asked of the language model came from the extractive composer instead: a stable `code`
 * (documented in the README) and a sentence in the question's language.
 */
export interface FallbackReason {
  code: string;
  message: string;
}

export interface Answer {
  kind: AnswerKind;
  /** The whole reply as text: the direct answer line (when there is one), then the quotes. */
  answer: string;
  /**
   * The direct answer line on its own ("20 gün", "Hayır: tavanı … aşıyor", a list's items): for a
   * computed answer the tool's, for an answer from the documents taken only from the verified first
   * quote; null or absent when the quote itself is the answer, and for refusals.
   */
  lead?: string | null;
  refused: boolean;
  citations: Citation[];
  /** Nearest passages shown with a refusal (empty otherwise). */
  closest: Citation[];
  toolCalls: ToolCall[];
  mode: 'extractive' | 'llm';
  /** Set when an LLM was configured but this answer is extractive; absent or null otherwise. */
  fallbackReason?: FallbackReason | null;
  language: 'tr' | 'en';
  /** True for personal entitlement questions (leave, pay, end-of-service): Slack answers them privately. */
  personal: boolean;
  timingsMs: Record<string, number>;
  /**
   * Parts of a computed answer (with `lead`), so renderers lay them out instead of repeating the tool
   * output; `answer` holds the same parts as plain text. The tool's result sentence.
   */
  explanation?: string;
  /** The arithmetic, one line ("3 × 2.884,00 TL = 8.652,00 TL"). */
  calculation?: string;
  /** Notes under the result, the scope of the rules last. */
  notes?: string[];
}

/**
 * An answer with the defaults every producer shares (no sources, no tool calls, extractive, not personal);
 * `refused` follows from the kind, so the two can never disagree.
 */
export function createAnswer(fields: Pick<Answer, 'kind' | 'answer' | 'language'> & Partial<Omit<Answer, 'refused'>>): Answer {
  return {
    lead: null, citations: [], closest: [], toolCalls: [], mode: 'extractive', personal: false, timingsMs: {},
    ...fields,
    refused: fields.kind === 'refused',
  };
}

/** The public `--json` shape (snake_case, fixed field names: other programs parse it). */
type CitationJson = { source: string; title: string; locator: string; page: number | null; quote: string };

export interface AnswerJson {
  answer: string;
  /** The direct answer line (number with unit, list items, yes/no) from the first quote, or null. */
  lead?: string | null;
  refused: boolean;
  citations: CitationJson[];
  /** With a refusal: the nearest passages, same fields as citations (empty otherwise). */
  closest: CitationJson[];
  tool_calls: ToolCall[];
  mode: 'extractive' | 'llm';
  /** "code: sentence" when an LLM was configured and the answer fell back to the extractive composer, else null. */
  fallback_reason: string | null;
  timings_ms: Record<string, number>;
}

const citationJson = ({ source, title, locator, page, quote }: Citation): CitationJson => ({ source, title, locator, page, quote });

export function toAnswerJson(answer: Answer): AnswerJson {
  return {
    answer: answer.answer,
    lead: answer.lead ?? null,
    refused: answer.refused,
    citations: answer.citations.map(citationJson),
    closest: answer.closest.map(citationJson),
    tool_calls: answer.toolCalls,
    mode: answer.mode,
    fallback_reason: answer.fallbackReason ? `${answer.fallbackReason.code}: ${answer.fallbackReason.message}` : null,
    timings_ms: answer.timingsMs,
  };
}
