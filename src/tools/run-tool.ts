import type { z } from 'zod';
import type { CalendarDate } from '../text/index.js';
import { isToolName, TOOL_NAMES, TOOLS, toolNamed, type ToolInput, type ToolName, type ToolOutput } from './registry.js';
import { ruleSet } from './rules/load-rules.js';
import type { Basis } from './tool-types.js';
import type { FieldHelp, Tool, ToolContext, ToolProblem } from './tool.js';

export type RunToolResult<N extends ToolName = ToolName> =
  | { ok: true; tool: N; input: ToolInput<N>; output: ToolOutput<N> }
  | { ok: false; tool: string; field: string; message: string };

/** Every tool's field help in one table, for messages about a field no tool is named for. */
export const FIELD_HELP: Record<string, FieldHelp> = Object.assign({}, ...TOOL_NAMES.map((n) => TOOLS[n].fieldHelp));

/** Examples that depend on the date are built from the caller's "today"; runTool always passes it. */
function currentDate(): CalendarDate {
  const d = new Date();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** "Hizmet süresi (yıl) (years_of_service) geçersiz: … Kabul edilen örnek: 12 ya da 5,5 (5 yıl 6 ay)." */
export function fieldMessage(field: string, problem: string, missing = false, help: FieldHelp | undefined = FIELD_HELP[field], today?: CalendarDate): string {
  const what = help ? `${capitalize(help.label)} (${field})` : `Girdi (${field})`;
  const head = missing ? `${what} eksik: ${problem}.` : `${what} geçersiz: ${problem}.`;
  if (!help) return head;
  const example = typeof help.example === 'function' ? help.example(today ?? currentDate()) : help.example;
  return `${head} Kabul edilen örnek: ${example}.`;
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('tr-TR') + text.slice(1);
}

/** The first zod issue as a Turkish sentence that names the field and gives an example. */
export function describeInputError(error: z.ZodError, rawArgs: unknown, tool?: Tool, today?: CalendarDate): { field: string; message: string } {
  const issue = error.issues[0]!;
  const field = String(issue.path[0] ?? 'girdi');
  const isObject = rawArgs !== null && typeof rawArgs === 'object' && !Array.isArray(rawArgs);
  const missing = isObject && issue.path.length > 0 && (rawArgs as Record<string, unknown>)[field] === undefined;
  const problem = missing && issue.code !== 'custom' ? 'bu bilgi gerekli' : issue.message;
  return { field, message: fieldMessage(field, problem, missing, tool?.fieldHelp[field] ?? FIELD_HELP[field], today) };
}

const isProblem = (value: unknown): value is ToolProblem => typeof value === 'object' && value !== null && 'problem' in value;

/** The rule set's id in each basis becomes the indexed document that holds the quote. */
function bindSources(output: unknown, sources: ReadonlyMap<string, string> | undefined): void {
  const basis = (output as { basis?: Basis[] }).basis;
  if (!sources || !Array.isArray(basis)) return;
  for (const b of basis) b.docId = sources.get(b.docId) ?? b.docId;
}

/**
 * Validates raw arguments (from the router or a model) and runs a tool. Never throws: bad input comes back
 * as `{ ok: false, field, message }` with a Turkish message naming the field and an accepted example. With
 * `context.sources` given, a tool whose source document is not indexed does not run.
 */
export function runTool(name: string, rawArgs: unknown, context: ToolContext): RunToolResult {
  if (!isToolName(name)) {
    return { ok: false, tool: name, field: 'tool', message: `Bilinmeyen araç: ${name}. Araçlar: ${TOOL_NAMES.join(', ')}.` };
  }
  const tool = toolNamed(name)!;
  const documents = tool.scope.documents;
  if (context.sources && documents.kind === 'rule-set' && !context.sources.has(documents.ruleSet)) {
    const title = ruleSet(documents.ruleSet).source.title;
    return { ok: false, tool: name, field: 'kaynak', message: `Bu hesaplamanın dayanağı olan "${title}" dizinde yok; dayanağı gösterilemeyen bir sonuç vermiyorum.` };
  }
  const parsed = tool.inputSchema.safeParse(rawArgs);
  if (!parsed.success) return { ok: false, tool: name, ...describeInputError(parsed.error, rawArgs, tool, context.today) };
  try {
    const output = tool.run(parsed.data, context);
    if (isProblem(output)) {
      const { field, message } = output.problem;
      return { ok: false, tool: name, field, message: fieldMessage(field, message, false, tool.fieldHelp[field], context.today) };
    }
    bindSources(output, context.sources);
    return { ok: true, tool: name, input: parsed.data, output } as RunToolResult;
  } catch (error) {
    // A computation should not fail on validated input; if it does, say so without a trace or a number.
    return { ok: false, tool: name, field: 'hesaplama', message: `Hesaplama yapılamadı (${error instanceof Error ? error.message : 'bilinmeyen hata'}).` };
  }
}
