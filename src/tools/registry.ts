import type { z } from 'zod';
import { indicatorLookupTool } from './indicator-lookup/indicator-lookup-tool.js';
import { leaveTool } from './leave/leave-tool.js';
import { payCapTool } from './pay-cap/pay-cap-tool.js';
import { severanceTool } from './severance/severance-tool.js';
import type { Tool } from './tool.js';

/**
 * Every tool, one line each. Questions are tried in this order, the first tool whose `detect` fires owning
 * the question; each detector also stays out of its neighbours' questions, so the order is a tie-break.
 */
export const TOOL_LIST = [payCapTool, leaveTool, severanceTool, indicatorLookupTool] as const;

export type ToolName = (typeof TOOL_LIST)[number]['name'];

type NamesOf<T extends readonly { name: string }[]> = { readonly [K in keyof T]: T[K]['name'] };

/** The public names, in list order, as a tuple (so `z.enum(TOOL_NAMES)` works). */
export const TOOL_NAMES = TOOL_LIST.map((t) => t.name) as unknown as NamesOf<typeof TOOL_LIST>;

type ToolOf<N extends ToolName> = Extract<(typeof TOOL_LIST)[number], { name: N }>;

/** Tools by name: `TOOLS.leave.inputSchema`, `TOOLS.pay_cap.description`. */
export const TOOLS = Object.fromEntries(TOOL_NAMES.map((name) => [name, TOOL_LIST.find((t) => t.name === name)!])) as {
  [N in ToolName]: ToolOf<N> & { name: N };
};

export type ToolInput<N extends ToolName> = z.infer<(typeof TOOLS)[N]['inputSchema']>;
export type ToolOutput<N extends ToolName> = z.infer<(typeof TOOLS)[N]['outputSchema']>;

export function isToolName(name: string): name is ToolName {
  return (TOOL_NAMES as readonly string[]).includes(name);
}

export function toolNamed(name: string): Tool | undefined {
  return TOOL_LIST.find((t) => t.name === name);
}
