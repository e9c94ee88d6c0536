import type { ParsedQuestion } from '../question/index.js';
import { ruleSet } from './rules/load-rules.js';
import { routeThread } from './route-tool-question.js';
import { toolNamed } from './registry.js';
import { runTool, type RunToolResult } from './run-tool.js';
import { findStaffGroups, type StaffGroup } from './scope/staff-groups.js';
import type { Tool, ToolContext } from './tool.js';

export type ToolDecision =
  /** Computed: the output carries the result, its lead line and its legal basis. */
  | { kind: 'computed'; tool: Tool; result: Extract<RunToolResult, { ok: true }> }
  /** A fact is missing or invalid: `message` says which, with an example. */
  | { kind: 'needs-input'; tool: Tool; field: string; message: string }
  /** The question is about staff the tool's rules do not cover: no number, `message` says so. */
  | { kind: 'out-of-scope'; tool: Tool; asked: StaffGroup[]; message: string };

/** Whether a tool's source is at hand: its rule set's document is indexed, or the plans' tables are loaded. */
export function isToolAvailable(tool: Tool, context: ToolContext): boolean {
  const documents = tool.scope.documents;
  if (documents.kind === 'indicator-tables') {
    const store = context.indicators;
    return store !== null && (store.indicators.length > 0 || store.costRows.length > 0);
  }
  return context.sources === undefined || context.sources.has(documents.ruleSet);
}

/** Staff named in the thread that the tool's rules do not cover; empty when the tool covers them or none is named. */
export function staffOutsideScope(tool: Tool, questions: Parameters<typeof findStaffGroups>[0][]): StaffGroup[] {
  if (tool.scope.staff === null) return [];
  const named = questions.flatMap(findStaffGroups);
  if (named.length === 0 || named.some((g) => tool.scope.staff!.includes(g.id))) return [];
  return named.filter((g, i) => named.findIndex((o) => o.id === g.id) === i);
}

function outOfScopeMessage(tool: Tool, asked: StaffGroup[]): string {
  const documents = tool.scope.documents;
  const labels = asked.map((g) => g.label).join(' / ');
  if (documents.kind !== 'rule-set') return `Bu hesaplayıcı ${labels} için değil.`;
  return ruleSet(documents.ruleSet).out_of_scope.replace('{asked}', labels);
}

/**
 * What the tool layer does with a question. Null: the documents answer it — it is not a computation, a
 * general question about a rule, a tool whose source document is not indexed, or an indicator the plans do
 * not hold. Otherwise a computed result, a request for the missing fact, or, for staff the tool does not
 * cover, a refusal to compute under the wrong rules.
 */
export function decideToolAnswer(question: string | ParsedQuestion, history: readonly string[], context: ToolContext): ToolDecision | null {
  const route = routeThread(question, history);
  if (!route) return null;
  const tool = toolNamed(route.tool)!;
  if (!isToolAvailable(tool, context)) return null;
  const asked = staffOutsideScope(tool, route.questions);
  if (asked.length > 0) return { kind: 'out-of-scope', tool, asked, message: outOfScopeMessage(tool, asked) };
  if ('general' in route) return null;
  if ('missing' in route) return { kind: 'needs-input', tool, field: route.missing[0]!, message: route.message };
  const result = runTool(route.tool, route.args, context);
  if (!result.ok) return { kind: 'needs-input', tool, field: result.field, message: result.message };
  // A question that only looked like an indicator lookup ("birinci stratejik amaç nedir?") is answered
  // from the text instead of with "not found".
  if ((result.output as { found?: boolean }).found === false) return null;
  return { kind: 'computed', tool, result };
}
