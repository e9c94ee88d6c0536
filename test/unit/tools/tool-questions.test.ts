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

describe('decideToolAnswer › out of scope, per tool', () => {
  it.each([
    ['pay_cap', 'Öğretim üyesine aylık 40.000 TL ücret verilebilir mi?', 'academic_staff'],
    ['leave', 'Kadrolu işçi olarak 12 yıldır çalışıyorum, yıllık iznim kaç gün?', 'labour_act_worker'],
    ['severance', 'Memur olarak 20 yıl çalıştım, emekli oldum, brüt maaşım 30.000 TL; iş sonu tazminatım ne kadar?', 'civil_servant'],
  ])('%s: %s → %s, no number', (tool, question, group) => {
    const decision = decideToolAnswer(question, [], context);
    expect(decision).toMatchObject({ kind: 'out-of-scope', tool: { name: tool } });
    if (decision?.kind === 'out-of-scope') expect(decision.asked.map((g) => g.id)).toEqual([group]);
  });

  it('indicator_lookup: a question about indicators no indexed plan holds goes to the documents', () => {
    expect(decideToolAnswer('1.1.1 göstergesinin 2012 değeri nedir?', [], { ...context, indicators: null })).toBeNull();
    expect(decideToolAnswer('Uzay yolculuğu göstergesinin 2013 değeri nedir?', [], context)).toBeNull();
    expect(decideToolAnswer('9.9.9 göstergesinin 2013 değeri nedir?', [], context)?.kind).not.toBe('computed');
  });

  it.each(['pay_cap', 'leave', 'severance'])('%s does not run when its rule set has no indexed source', (tool) => {
    const question = {
      pay_cap: 'Pilot pozisyonundaki sözleşmeli personele aylık 9.000 TL verilebilir mi?',
      leave: '8 yıllık hizmeti olan sözleşmeli personel kaç gün yıllık izin alır?',
      severance: '10 yıldır sözleşmeli çalışıyordum, emekli oldum; aylık brüt ücretim 8.000 TL. İş sonu tazminatım ne kadar?',
    }[tool]!;
    expect(decideToolAnswer(question, [], context)).toMatchObject({ kind: 'computed', tool: { name: tool } });
    expect(decideToolAnswer(question, [], { ...context, sources: new Map() })).toBeNull();
  });
});
