import { ToolMessage } from '@langchain/core/messages';
import { tool, type DynamicStructuredTool } from '@langchain/core/tools';
import { isToolAvailable } from './decide-tool-answer.js';
import { TOOL_LIST } from './registry.js';
import { runTool } from './run-tool.js';
import type { Tool, ToolContext } from './tool.js';

/**
 * LangChain adapters for the LLM mode: one `tool()` per registry entry whose source is at hand, with the
 * zod input schema (so the model sees typed arguments) and the Turkish description. The tool result is
 * the JSON of our output. With `context.sources` given, a tool whose source document is not indexed is
 * not offered to the model at all.
 *
 * LangChain validates arguments before the tool function runs and throws on a mismatch; a model's bad
 * arguments are not an error for us (HOUSE-STYLE: the zod issues go back to the model as the tool result),
 * so `call` is wrapped to answer them with runTool's Turkish message instead.
 */
export function createLangChainTools(context: ToolContext): DynamicStructuredTool[] {
  const offered = context.sources === undefined ? TOOL_LIST : TOOL_LIST.filter((t) => isToolAvailable(t, context));
  const order = ['pay_cap', 'leave', 'severance', 'indicator_lookup'];
  return [...offered].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name)).map((t) => createLangChainTool(t, context));
}

function createLangChainTool(spec: Tool, context: ToolContext): DynamicStructuredTool {
  const name = spec.name;
  const lcTool = tool(
    async (args: unknown) => {
      const result = runTool(name, args, context);
      return result.ok ? JSON.stringify(result.output) : `Hata: ${result.message}`;
    },
    { name, description: spec.description, schema: spec.inputSchema as never },
  ) as unknown as DynamicStructuredTool;

  const validatedCall = lcTool.call.bind(lcTool);
  lcTool.call = (async (arg: unknown, configArg?: unknown, tags?: string[]) => {
    const parsed = spec.inputSchema.safeParse(arg);
    if (parsed.success) return validatedCall(arg as never, configArg as never, tags);
    const result = runTool(name, arg, context);
    const content = result.ok ? JSON.stringify(result.output) : `Hata: ${result.message}`;
    const toolCallId = toolCallIdOf(configArg);
    return toolCallId ? new ToolMessage({ content, tool_call_id: toolCallId, name, status: 'error' }) : content;
  }) as typeof lcTool.call;
  return lcTool;
}

function toolCallIdOf(config: unknown): string | undefined {
  if (!config || typeof config !== 'object' || !('toolCall' in config)) return undefined;
  const call = (config as { toolCall?: { id?: unknown } }).toolCall;
  return typeof call?.id === 'string' ? call.id : undefined;
}
