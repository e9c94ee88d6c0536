import { describe, expect, it } from 'vitest';
import { decideToolAnswer, readToolQuestion, type ToolDecision } from '../../../src/tools/index.js';
import { directLine } from '../../../src/answer/tool-wiring.js';
import { PLAN_STORE, TODAY } from './corpus.js';
import { HOLDOUT_QUESTIONS } from './tool-question-holdout.js';
import { TOOL_QUESTIONS, type ToolQuestionCase } from './tool-question-set.js';

// Every source at hand: the shipped regulation (by its rule set) and the plan's tables.
const context = { indicators: PLAN_STORE, today: TODAY, sources: new Map([['contract-staff', 'esaslar']]) };

function describeDecision(decision: ToolDecision | null): string {
  if (!decision) return 'documents';
  if (decision.kind === 'computed') return `computed ${decision.tool.name} ${JSON.stringify(decision.result.input)}`;
  if (decision.kind === 'needs-input') return `needs-input ${decision.tool.name} ${decision.field}: ${decision.message}`;
  return `out-of-scope ${decision.tool.name} ${decision.asked.map((g) => g.id).join(',')}`;
}

function check(c: ToolQuestionCase): void {
  const decision = decideToolAnswer(c.question, c.history ?? [], context);
  const got = describeDecision(decision);
  const e = c.expected;
  if (e === 'documents') return void expect(decision, got).toBeNull();
  if ('outOfScope' in e) {
    expect(decision?.kind, got).toBe('out-of-scope');
    if (decision?.kind !== 'out-of-scope') return;
    expect(decision.asked.map((g) => g.id), got).toContain(e.outOfScope);
    expect(decision.message).toMatch(/^Bu hesaplayıcı yalnızca sözleşmeli personel için/);
    expect(decision.message).not.toMatch(/\d+ gün|TL/);
    return;
  }
  if ('missing' in e) {
    expect(decision?.kind, got).toBe('needs-input');
    if (decision?.kind === 'needs-input') expect([decision.tool.name, decision.field], got).toEqual([e.tool, e.missing[0]]);
    return;
  }
  expect(decision?.kind, got).toBe('computed');
  if (decision?.kind !== 'computed') return;
  expect(decision.tool.name, got).toBe(e.tool);
  expect(decision.result.input, got).toMatchObject(e.args);
  if (e.lead) expect(directLine(readToolQuestion(c.question), decision.result.output as never), got).toMatch(e.lead);
}

for (const [name, set] of [['tool questions as people phrase them', TOOL_QUESTIONS], ['held-out tool questions', HOLDOUT_QUESTIONS]] as const) {
  describe(name, () => {
    const phrasings = [...new Set(set.map((c) => c.phrasing))];
    for (const phrasing of phrasings) {
      describe(phrasing, () => {
        it.each(set.filter((c) => c.phrasing === phrasing).map((c) => [c.question, c] as const))('%s', (_q, c) => check(c));
      });
    }
  });
}
