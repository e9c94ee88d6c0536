import type { z } from 'zod';
import type { CalendarDate } from '../text/index.js';
import type { IndicatorStore } from './indicator-lookup/extract-indicator-tables.js';
import type { ToolQuestion } from './question/tool-question.js';

/** What runTool passes to every tool: no I/O happens inside a tool. */
export interface ToolContext {
  /** The indicator store built at ingestion, or null when none is loaded. */
  indicators: IndicatorStore | null;
  /** "Today": past dates are computed with a note, a nursing leave says whether it is over. */
  today: CalendarDate;
  /**
   * The indexed document holding each rule set's quotes (rule set id → document id), when an index is known.
   * A tool whose rule set is absent from it does not run; without `sources` nothing is checked (unit tests).
   */
  sources?: ReadonlyMap<string, string>;
}

/**
 * Whom and what a tool covers. A tool computes only for the staff its rules are written for, and only when
 * its source document is in the index, which it then cites.
 */
export interface ToolScope {
  /** Staff groups of rules/staff-groups.json the tool's rules apply to; null: not about staff. */
  staff: readonly string[] | null;
  documents:
    /** Numbers from a rule set of rules/: usable when one indexed document holds all its quotes. */
    | { kind: 'rule-set'; ruleSet: string }
    /** Numbers from the indicator tables read out of the indexed strategic plans at ingestion. */
    | { kind: 'indicator-tables' };
}

/** Turkish name of an argument and an example a person (or a model) can copy; examples may depend on today. */
export interface FieldHelp {
  label: string;
  example: string | ((today: CalendarDate) => string);
}

/** What a question (and its thread) states for a tool, before validation: later questions override. */
export type Facts = Record<string, unknown>;

export type BuiltArgs =
  | { args: Record<string, unknown> }
  /** A personal question lacks a fact: ask for it, with an example question. */
  | { missing: string[]; example: string }
  /** A general question about the rule: the documents answer it by quoting the article. */
  | null;

/** A check that needs the context failed (a missing store): said in Turkish, field named. */
export interface ToolProblem {
  problem: { field: string; message: string };
}

/**
 * One computation tool: vercel/ai's `tool()` extended with what the answer layer needs to route questions
 * to it and keep it inside its scope. Adding a tool is a folder exporting one of these and a line in
 * registry.ts.
 */
export interface Tool<I = any, O = any, Intent = any, Name extends string = string> {
  name: Name;
  /** Turkish, for models and people: what it computes and from which rules. */
  description: string;
  inputSchema: z.ZodType<I>;
  outputSchema: z.ZodType<O>;
  scope: ToolScope;
  /** Entitlements are personal matters: Slack answers them privately in public channels. */
  personal: boolean;
  /** Labels and examples for each argument, used in every validation message. */
  fieldHelp: Record<string, FieldHelp>;
  /** Whether the question asks for this tool, and for which of its computations; null: it does not. */
  detect(question: ToolQuestion): Intent | null;
  /** What a question states for this tool; a follow-up ("peki 12 yıl olsaydı?") adds these to its thread. */
  readFacts(question: ToolQuestion): Facts;
  /** True when two detections are the same case, so facts said earlier in the thread still hold. */
  sameCase?(a: Intent, b: Intent): boolean;
  /** Arguments from the thread's facts; `missing` only for personal questions. */
  buildArgs(intent: Intent, facts: Facts, personal: boolean): BuiltArgs;
  /** The computation over validated input; pure. */
  run(input: I, context: ToolContext): O | ToolProblem;
  /** Labels of the facts `buildArgs` may report missing, for "Hesaplama için şu bilgi eksik: …". */
  missingLabels?: Record<string, string>;
}
