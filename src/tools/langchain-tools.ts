import { ToolMessage } from '@langchain/core/messages';
import { tool, type DynamicStructuredTool } from '@langchain/core/tools';
import { runTool, TOOL_NAMES, TOOLS, type ToolName } from './registry.js';
import type { ToolContext } from './tool-types.js';

/**
 * LangChain adapters for the LLM mode: one `tool()` per registry entry, with the zod input schema (so the
 * model sees typed arguments) and the Turkish description. The tool result is the JSON of our output.
 *
 * LangChain validates arguments before the tool function runs and throws on a mismatch; a model's bad
 * arguments are not an error for us (HOUSE-STYLE: the zod issues go back to the model as the tool result),
 * so `call` is wrapped to answer them with runTool's Turkish message instead.
 */
export function createLangChainTools(context: ToolContext): DynamicStructuredTool[] {
  return TOOL_NAMES.map((name) => createLangChainTool(name, context));
}

function createLangChainTool(name: ToolName, context: ToolContext): DynamicStructuredTool {
  const spec = TOOLS[name];
  const lcTool = tool(
    async (args: unknown) => {
      const result = runTool(name, args, context);
      return result.ok ? JSON.stringify(result.output) : `Hata: ${result.message}`;
    },
    { name: spec.name, description: spec.description, schema: spec.inputSchema },
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
