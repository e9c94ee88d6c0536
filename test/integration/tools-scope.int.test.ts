import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/answer/assistant.js';
import { createAssistant } from '../../src/answer/create-assistant.js';
import { toAnswerJson, type Answer } from '../../src/answer/types.js';
import { createTempProject, type TempProject } from '../helpers/temp-corpus.js';

const REGULATION = 'mevzuat/sozlesmeli-personel-esaslari.txt';
const PLAN = 'stratejik-planlar/erzincan-mem-2015-2019-stratejik-plan.txt';
const REPORTS = ['raporlar/kars-iskur-2021-raporu.txt', 'raporlar/izmir-meslek-fabrikasi-2025.txt'];
const CLOCK = () => new Date('2026-11-23T09:00:00Z');

const ANNUAL = '8 yıllık hizmeti olan sözleşmeli personel kaç gün yıllık izin alır?';
const WORKER_ANNUAL = [
  'İş Kanununa tabi işçi olarak 5 yıldır çalışıyorum, yıllık iznim kaç gün?',
  '4857 sayılı Kanuna göre 8 yıllık işçinin yıllık izni kaç gündür?',
  'Sözleşmeli işçi olarak 8 yıldır çalışıyorum, yıllık izin kaç gün?',
  'Kadrolu memur olarak 8 yıldır çalışıyorum, yıllık iznim kaç gün?',
];
const TWENTY_DAYS = /\b20 gün|yirmi gün/u;

/** A short labour-act text in the temp corpus: the rules a worker's question should be answered from. */
const LABOUR_ACT = [
  'İŞ KANUNU',
  'Kanun Numarası: 4857',
  '',
  'Yıllık ücretli izin hakkı ve izin süreleri',
  'MADDE 53 – İşyerinde işe başladığı günden itibaren, deneme süresi de içinde olmak üzere, en az bir yıl çalışmış olan işçilere yıllık ücretli izin verilir.',
  'İşçilere verilecek yıllık ücretli izin süresi, hizmet süresi; a) Bir yıldan beş yıla kadar (beş yıl dahil) olanlara ondört günden, b) Beş yıldan fazla onbeş yıldan az olanlara yirmi günden, c) Onbeş yıl (dahil) ve daha fazla olanlara yirmialtı günden az olamaz.',
  '',
].join('\n');

async function open(only: string[] | undefined, extra: Record<string, string> = {}): Promise<{ project: TempProject; assistant: Assistant }> {
  const project = await createTempProject(only);
  for (const [rel, text] of Object.entries(extra)) {
    await fs.mkdir(path.dirname(path.join(project.corpusDir, rel)), { recursive: true });
    await fs.writeFile(path.join(project.corpusDir, rel), text);
  }
  const assistant = await createAssistant({ config: project.config, repoRoot: project.root, clock: CLOCK });
  return { project, assistant };
}

const firstLine = (a: Answer) => a.answer.split('\n')[0]!;

describe('tools › over the shipped corpus', () => {
  let project: TempProject;
  let assistant: Assistant;
  beforeAll(async () => ({ project, assistant } = await open(undefined)));
  afterAll(async () => project.cleanup());

  it('computes, leads with the answer and cites its source regulation verbatim', async () => {
    const answer = await assistant.ask(ANNUAL);
    expect(answer.kind).toBe('computed');
    expect(firstLine(answer)).toBe('20 gün');
    expect(answer.lead).toBe('20 gün');
    expect(answer.citations[0]!.source).toBe(`corpus/${REGULATION}`);
    expect(answer.citations[0]!.locator).toMatch(/Madde 9/);
    for (const c of answer.citations) expect(assistant.passage(c.chunkId)!.text).toContain(c.quote);
    const basis = (toAnswerJson(answer).tool_calls[0]!.output as { basis: { docId: string }[] }).basis;
    expect(new Set(basis.map((b) => b.docId))).toEqual(new Set([answer.citations[0]!.docId]));
    expect(answer.notes?.at(-1)).toMatch(/yalnızca sözleşmeli personel için/);
  });

  it.each([
    ['Pilot pozisyonundaki sözleşmeli personele aylık 9.000 TL verilebilir mi?', /^Hayır: aylık 9\.000,00 TL, 8\.652,00 TL olan tavanı 348,00 TL aşıyor$/],
    ['Sözleşmeli öğretmenler yıllık izin alabilir mi?', /^Hayır: sözleşmeli öğretmenlere ayrıca yıllık izin verilmez$/],
    ['Kardeşim evleniyor, mazeret izni alabilir miyim?', /^Hayır: 0 gün/],
    ['Annem vefat etti, kaç gün izin alabilirim?', /^3 gün$/],
    ['Beklenen doğum tarihim 1 Mart 2026 idi, doğum iznim ne zaman bitti?', /^16 hafta: 4 Ocak 2026 – 25 Nisan 2026$/],
  ])('%s → %s', async (question, line) => {
    const answer = await assistant.ask(question);
    expect(answer.kind).toBe('computed');
    expect(firstLine(answer)).toMatch(line);
    expect(answer.citations.length).toBeGreaterThan(0);
  });

  it('says a past expected birth date is past instead of refusing it', async () => {
    const answer = await assistant.ask('Beklenen doğum tarihim 1 Mart 2026 idi, doğum iznim ne zaman bitti?');
    expect(answer.answer).toMatch(/bugünden \(23 Kasım 2026\) önce: tarihler geçmişteki bir doğum için hesaplandı/);
    expect(answer.answer).not.toMatch(/önce olamaz/);
  });

  it.each(WORKER_ANNUAL)('never computes 4/B leave for other staff: %s', async (question) => {
    const answer = await assistant.ask(question);
    expect(answer.answer).not.toMatch(TWENTY_DAYS);
    expect(answer.toolCalls).toEqual([]);
    expect(answer.citations.every((c) => c.source !== `corpus/${REGULATION}`)).toBe(true);
    expect(answer.kind).toBe('refused');
    expect(answer.answer).toMatch(/^Bu hesaplayıcı yalnızca sözleşmeli personel için/);
  });

  it('answers "performans puanı" and "olumsuz olduğunu" from the documents, never as an indicator or a leave', async () => {
    for (const q of ['Sözleşmeli personelin performans puanı nasıl hesaplanır?', 'Sınav sonucunun olumsuz olduğunu öğrendim, ne yapmalıyım?']) {
      const answer = await assistant.ask(q);
      expect(answer.toolCalls, q).toEqual([]);
      expect(answer.answer, q).not.toMatch(/Gösterge deposu|geçersiz|mazeret olayı|yakınlık/);
    }
  });
});

describe('tools › source regulation not indexed', () => {
  let project: TempProject;
  let assistant: Assistant;
  beforeAll(async () => ({ project, assistant } = await open([PLAN, ...REPORTS])));
  afterAll(async () => project.cleanup());

  it.each([
    [ANNUAL, TWENTY_DAYS],
    ['Pilot pozisyonundaki sözleşmeli personele aylık 9.000 TL verilebilir mi?', /8\.652|2\.884/],
    ['10 yıldır sözleşmeli çalışıyordum, emekli oldum; aylık brüt ücretim 8.000 TL. İş sonu tazminatım ne kadar?', /80\.000/],
  ])('does not run and prints no number of its rules: %s', async (question, number) => {
    const answer = await assistant.ask(question);
    expect(answer.toolCalls).toEqual([]);
    expect(answer.kind).not.toBe('computed');
    expect(answer.answer).not.toMatch(number);
  });

  it('still answers indicator questions from the plan it holds', async () => {
    const answer = await assistant.ask('1.1.1 göstergesinin 2012 değeri nedir?');
    expect(answer.kind).toBe('computed');
    expect(firstLine(answer)).toBe('52,75');
    expect(answer.citations[0]!.source).toBe(`corpus/${PLAN}`);
  });
});

describe('tools › the regulation under another name, beside a labour act', () => {
  let project: TempProject;
  let assistant: Assistant;
  let regulationCopy: string;
  beforeAll(async () => {
    regulationCopy = 'yuklenenler/esaslar-kopya.txt';
    const text = await fs.readFile(path.join('corpus', REGULATION), 'utf8');
    ({ project, assistant } = await open([PLAN], { [regulationCopy]: text, 'mevzuat/is-kanunu-ornek.txt': LABOUR_ACT }));
  });
  afterAll(async () => project.cleanup());

  it('finds its source by the quotes, not by a file name or id, and cites the copy', async () => {
    const answer = await assistant.ask(ANNUAL);
    expect(answer.kind).toBe('computed');
    expect(firstLine(answer)).toBe('20 gün');
    expect(answer.citations[0]!.source).toBe(`corpus/${regulationCopy}`);
  });

  it.each(WORKER_ANNUAL)('a worker or civil servant never gets the 4/B number: %s', async (question) => {
    const answer = await assistant.ask(question);
    // No computed or stated 4/B figure; a verbatim quote of the worker's own law may say what it says.
    expect(answer.answer.replace(/“[^”]*”/gu, '')).not.toMatch(TWENTY_DAYS);
    expect(answer.toolCalls).toEqual([]);
    expect(answer.citations.every((c) => c.source !== `corpus/${regulationCopy}`)).toBe(true);
    expect(answer.closest.every((c) => c.source !== `corpus/${regulationCopy}`)).toBe(true);
  });
});
