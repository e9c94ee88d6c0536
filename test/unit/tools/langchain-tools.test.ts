import { describe, expect, it } from 'vitest';
import { ToolMessage } from '@langchain/core/messages';
import { createLangChainTools } from '../../../src/tools/index.js';
import { PLAN_STORE, TODAY } from './corpus.js';

const tools = createLangChainTools({ indicators: PLAN_STORE, today: TODAY });
const byName = (name: string) => tools.find((t) => t.name === name)!;

describe('createLangChainTools', () => {
  it('exposes the four tools with Turkish descriptions', () => {
    expect(tools.map((t) => t.name)).toEqual(['pay_cap', 'leave', 'severance', 'indicator_lookup']);
    for (const t of tools) expect(t.description).toMatch(/[çğıöşü]/);
  });

  it('returns the output as JSON for valid arguments', async () => {
    const out = JSON.parse(String(await byName('leave').invoke({ kind: 'annual', years_of_service: 12 })));
    expect(out.days).toBe(30);
    expect(out.basis[0].article).toBe('Madde 9');
    const cap = JSON.parse(String(await byName('pay_cap').invoke({ position: 'pilot' })));
    expect(cap.applicable_cap).toBe(8652);
  });

  it('answers bad arguments with the Turkish message instead of throwing', async () => {
    const result = await byName('leave').invoke({ kind: 'annual', years_of_service: -2 });
    expect(result).toMatch(/^Hata: Hizmet süresi \(yıl\) \(years_of_service\) geçersiz: hizmet süresi negatif olamaz\. Kabul edilen örnek/);
  });

  it('answers a model tool call with a ToolMessage, also for bad arguments', async () => {
    const ok = await byName('indicator_lookup').invoke({ type: 'tool_call', id: 'call-1', name: 'indicator_lookup', args: { code: '1.1.1', year: 2012 } });
    expect(ok).toBeInstanceOf(ToolMessage);
    expect(JSON.parse(String((ok as ToolMessage).content)).matches[0].requested.value).toBe(52.75);
    const bad = await byName('severance').invoke({ type: 'tool_call', id: 'call-2', name: 'severance', args: { years_of_service: 3 } });
    expect(bad).toBeInstanceOf(ToolMessage);
    expect((bad as ToolMessage).tool_call_id).toBe('call-2');
    expect(String((bad as ToolMessage).content)).toContain('(reason) eksik');
  });
});

describe('createLangChainTools › scope', () => {
  it('offers only the tools whose source is indexed, and cites the indexed document', async () => {
    const none = createLangChainTools({ indicators: PLAN_STORE, today: TODAY, sources: new Map() });
    expect(none.map((t) => t.name)).toEqual(['indicator_lookup']);
    const indexed = createLangChainTools({ indicators: null, today: TODAY, sources: new Map([['contract-staff', 'esaslar-kopya']]) });
    expect(indexed.map((t) => t.name)).toEqual(['pay_cap', 'leave', 'severance']);
    const out = JSON.parse(String(await indexed.find((t) => t.name === 'leave')!.invoke({ kind: 'annual', years_of_service: 3 })));
    expect(out.lead).toBe('20 gün');
    expect(new Set(out.basis.map((b: { docId: string }) => b.docId))).toEqual(new Set(['esaslar-kopya']));
  });
});
