import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFParse } from 'pdf-parse';
import { beforeAll, describe, expect, it } from 'vitest';
import { locateSharedCorpus } from '../../../src/config/shared-corpora.js';
import { DEV_CATEGORIES, EvalQuestionSchema, SHIPPED_CATEGORIES, parseEvalQuestions, type EvalQuestion } from '../../../src/eval/eval-question.js';
import { answerContainsAny } from '../../../src/eval/normalize-for-match.js';
import { cleanText } from '../../../src/text/clean-text.js';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const jsonl = readFileSync(path.join(repoRoot, 'test/eval/questions.jsonl'), 'utf8');
const devJsonl = readFileSync(path.join(repoRoot, 'test/eval/dev-questions.jsonl'), 'utf8');
// Written later, before the engine answered any of it: the over-fitting check of the dev set.
const dev2Jsonl = readFileSync(path.join(repoRoot, 'test/eval/dev2-questions.jsonl'), 'utf8');
// Dev-set sources are "dev-corpus/…": relative to the folder holding the dev corpus (never copied here).
const devRoot = path.dirname(locateSharedCorpus('dev-corpus', repoRoot));

/** Runs of whitespace → one space: spans are compared regardless of line breaks and table cells. */
const fold = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

async function cleanedSourceText(root: string, source: string): Promise<string> {
  const abs = path.join(root, source);
  if (!source.endsWith('.pdf')) return cleanText(readFileSync(abs, 'utf8'));
  const parser = new PDFParse({ data: readFileSync(abs) });
  try {
    const { pages } = await parser.getText();
    return pages.map((p) => cleanText(p.text)).join('\n');
  } finally {
    await parser.destroy();
  }
}

describe('test/eval/questions.jsonl › schema', () => {
  const questions = parseEvalQuestions(jsonl);

  it('parses every line with the schema and has at least 75 questions with unique ids', () => {
    const lines = jsonl.split('\n').filter((l) => l.trim() !== '');
    expect(questions).toHaveLength(lines.length);
    expect(questions.length).toBeGreaterThanOrEqual(75);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  it('covers every category and all five documents', () => {
    const count = (c: string) => questions.filter((q) => q.category === c).length;
    for (const category of SHIPPED_CATEGORIES) expect(count(category), category).toBeGreaterThanOrEqual(5);
    expect(count('refusal')).toBeGreaterThanOrEqual(10);
    expect(questions.filter((q) => q.lang === 'en').length).toBeGreaterThanOrEqual(6);
    const sources = new Set(questions.flatMap((q) => (q.expect.refused ? [] : [q.expect.source])));
    expect(sources.size).toBe(5);
  });

  it('rejects a malformed item, and a refusal that carries an expected answer', () => {
    expect(EvalQuestionSchema.safeParse({ id: 'q1', question: 'x', lang: 'de', category: 'article', expect: {} }).success).toBe(
      false,
    );
    const refusalWithAnswer = {
      id: 'q999',
      question: 'Belgede olmayan bir şey?',
      lang: 'tr',
      category: 'refusal',
      expect: { refused: true, answer_any: ['x'] },
    };
    expect(EvalQuestionSchema.safeParse(refusalWithAnswer).success).toBe(false);
    expect(() => parseEvalQuestions('{"id": "q001"}\nnot json')).toThrow(/satır 1[\s\S]*satır 2/);
  });
});

describe('test/eval/dev-questions.jsonl › schema', () => {
  const questions = parseEvalQuestions(devJsonl);

  it('holds at least 80 questions over all five dev laws, every dev category, English, and about 15 % refusals', () => {
    expect(questions.length).toBeGreaterThanOrEqual(80);
    const count = (c: string) => questions.filter((q) => q.category === c).length;
    for (const category of DEV_CATEGORIES) expect(count(category), category).toBeGreaterThanOrEqual(2);
    expect(questions.filter((q) => q.lang === 'en').length).toBeGreaterThanOrEqual(6);
    const refusals = count('refusal') / questions.length;
    expect(refusals).toBeGreaterThanOrEqual(0.13);
    expect(refusals).toBeLessThanOrEqual(0.2);
    const sources = new Set(questions.flatMap((q) => (q.expect.refused ? [] : [q.expect.source])));
    expect(sources.size).toBe(5);
    expect([...sources].every((s) => s.startsWith('dev-corpus/'))).toBe(true);
  });
});

for (const [file, text, root] of [['questions.jsonl', jsonl, repoRoot], ['dev-questions.jsonl', devJsonl, devRoot], ['dev2-questions.jsonl', dev2Jsonl, devRoot]] as const) {
describe(`test/eval/${file} › spans`, () => {
  const questions = parseEvalQuestions(text).filter(
    (q): q is EvalQuestion & { expect: { refused: false } } => !q.expect.refused,
  );
  const texts = new Map<string, string>();

  beforeAll(async () => {
    for (const source of new Set(questions.map((q) => q.expect.source))) {
      texts.set(source, fold(await cleanedSourceText(root, source)));
    }
  });

  it('finds every expected span verbatim in its cleaned source', () => {
    const missing = questions.filter((q) => !texts.get(q.expect.source)!.includes(fold(q.expect.span)));
    expect(missing.map((q) => `${q.id}: ${q.expect.span}`)).toEqual([]);
  });

  it('finds every alternative span verbatim in the same source, each near an expected answer string', () => {
    const bad = questions.flatMap((q) =>
      (q.expect.also_spans ?? []).filter((span) => {
        const text = texts.get(q.expect.source)!;
        const at = text.indexOf(fold(span));
        return at < 0 || !answerContainsAny(text.slice(Math.max(0, at - 200), at + span.length + 200), q.expect.answer_any);
      }).map((span) => `${q.id}: ${span}`),
    );
    expect(bad).toEqual([]);
  });

  // Tool answers are computed, English ones may be translated, and "hangi maddede" answers are the locator.
  it('finds an expected answer string next to the span (except tool, English and locate answers)', () => {
    const unsupported = questions
      .filter((q) => q.category !== 'tool' && q.category !== 'english' && q.category !== 'locate')
      .filter((q) => {
        const text = texts.get(q.expect.source)!;
        const at = text.indexOf(fold(q.expect.span));
        const window = text.slice(Math.max(0, at - 200), at + q.expect.span.length + 200);
        return !answerContainsAny(window, q.expect.answer_any);
      });
    expect(unsupported.map((q) => `${q.id}: ${q.expect.answer_any.join(' | ')}`)).toEqual([]);
  });
});
}
