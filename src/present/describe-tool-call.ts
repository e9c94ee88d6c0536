import type { ToolEvent } from '../answer/answer-stream.js';
import type { ToolCall } from '../answer/types.js';
import { RELATIVE_LABELS } from '../tools/leave/leave.js';
import { FIELD_HELP } from '../tools/run-tool.js';
import { SEVERANCE_REASON_LABELS } from '../tools/severance/severance.js';

/** One tool call as a person follows it: what was computed, from which inputs, with what outcome. */
export interface ToolStep {
  /** Stable within one answer: Slack task cards are updated by this id. */
  id: string;
  name: string;
  /** "Yıllık izin hesabı". */
  title: string;
  inputs: { label: string; value: string }[];
  status: 'running' | 'done' | 'failed';
  /** The result line, or the validation error for a failed call; null while running. */
  outcome: string | null;
}

const TOOL_TITLES: Record<string, { tr: string; en: string }> = {
  pay_cap: { tr: 'Ücret tavanı hesabı', en: 'Pay cap calculation' },
  leave: { tr: 'İzin hesabı', en: 'Leave calculation' },
  severance: { tr: 'İş sonu tazminatı hesabı', en: 'End-of-service pay calculation' },
  indicator_lookup: { tr: 'Gösterge tablosu araması', en: 'Indicator table lookup' },
  search_documents: { tr: 'Belgelerde arama', en: 'Document search' },
};

/** Inputs of the LLM mode's own search tool, which are not typed-tool fields. */
const PROTOCOL_FIELD_LABELS: Record<string, string> = { query: 'aranan', document: 'belge' };

const LEAVE_KIND_LABELS: Record<string, string> = {
  annual: 'yıllık izin',
  maternity: 'doğum izni',
  nursing: 'süt izni',
  excuse: 'mazeret izni',
  sick: 'hastalık izni',
  compensatory: 'fazla çalışma karşılığı izin',
};
const EVENT_LABELS: Record<string, string> = { birth: 'doğum', marriage: 'evlenme', death: 'ölüm' };

/** Codes a tool takes in English ("annual", "spouse") shown in the words staff use. */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  kind: LEAVE_KIND_LABELS,
  event: EVENT_LABELS,
  relative: RELATIVE_LABELS,
  reason: SEVERANCE_REASON_LABELS,
};

export function toolTitle(name: string, language: 'tr' | 'en'): string {
  return TOOL_TITLES[name]?.[language] ?? name;
}

function formatValue(field: string, value: unknown): string {
  if (typeof value === 'number') return value.toLocaleString('tr-TR', { maximumFractionDigits: 2 });
  if (typeof value === 'boolean') return value ? 'evet' : 'hayır';
  if (typeof value === 'string') return VALUE_LABELS[field]?.[value] ?? value;
  if (Array.isArray(value)) return value.map((v) => formatValue(field, v)).join(', ');
  return JSON.stringify(value);
}

/** The inputs with their Turkish names ("hizmet süresi (yıl): 8"); empty and internal fields are left out. */
export function describeInputs(input: Record<string, unknown>): { label: string; value: string }[] {
  return Object.entries(input)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([field, value]) => ({ label: FIELD_HELP[field]?.label ?? PROTOCOL_FIELD_LABELS[field] ?? field, value: formatValue(field, value) }));
}

/**
 * A finished call as a step. The result line is left out on purpose: the answer body already says it, and
 * each fact is shown once.
 */
export function describeToolCall(call: ToolCall, index: number, language: 'tr' | 'en'): ToolStep {
  return {
    id: `arac-${index + 1}`,
    name: call.name,
    title: toolTitle(call.name, language),
    inputs: describeInputs(call.input),
    status: 'done',
    outcome: null,
  };
}

/** What a finished call found: a tool's result line, or how many passages a search returned. */
function outcomeOf(output: unknown, language: 'tr' | 'en'): string | null {
  if (Array.isArray(output)) return language === 'en' ? `${output.length} passages found` : `${output.length} parça bulundu`;
  const summary = (output as { summary?: unknown } | null)?.summary;
  return typeof summary === 'string' ? summary : null;
}

/**
 * A tool call as it happens (LLM mode): running, then done with what it found, or failed with the
 * validation message the model was given. Shown live, so the result line belongs here.
 */
export function describeToolEvent(event: ToolEvent, language: 'tr' | 'en'): ToolStep {
  const input = event.input && typeof event.input === 'object' && !Array.isArray(event.input) ? (event.input as Record<string, unknown>) : {};
  const status = event.status === 'started' ? 'running' : event.status === 'succeeded' ? 'done' : 'failed';
  return {
    id: event.id,
    name: event.name,
    title: toolTitle(event.name, language),
    inputs: describeInputs(input),
    status,
    outcome: status === 'failed' ? (event.error ?? null) : status === 'done' ? outcomeOf(event.output, language) : null,
  };
}
