import type { SourceDocument } from '../ingest/types.js';
import type { AnswerContext } from './answer-question.js';
import type { ToolAnswerer } from './answer-with-tool.js';

/** Derived data saved with each index build, by name. */
export const EXTRA_NAMES: string[] = [];

export function indexExtras(_documents: readonly SourceDocument[]): Record<string, unknown> {
  return {};
}

export function createToolAnswerer(_context: () => AnswerContext, _clock: () => Date): ToolAnswerer | undefined {
  return undefined;
}
