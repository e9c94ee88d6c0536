import { z } from 'zod';
import { AppError } from '../errors.js';

/** Categories of the shipped-corpus set (test/eval/questions.jsonl). */
export const SHIPPED_CATEGORIES = ['article', 'table', 'directive', 'report', 'plan', 'refusal', 'english', 'tool'] as const;
/**
 * Categories of the dev set over laws nobody tuned for (test/eval/dev-questions.jsonl): plain facts,
 * paraphrases sharing few words with the text, "hangi maddede", lists, numbers and durations, questions
 * naming one of several laws that all have the asked article, long "Eğer ben … ise" scenarios, and
 * cross-references to other laws.
 */
export const DEV_CATEGORIES = ['fact', 'paraphrase', 'locate', 'list', 'number', 'named', 'scenario', 'crossref', 'refusal', 'english'] as const;
export const EVAL_CATEGORIES = [
  'article', 'table', 'directive', 'report', 'plan', 'tool',
  'fact', 'paraphrase', 'locate', 'list', 'number', 'named', 'scenario', 'crossref',
  'refusal', 'english',
] as const satisfies readonly string[];

const AnswerableExpectSchema = z.strictObject({
  refused: z.literal(false),
  /** At least one must appear in the answer (case, diacritics and Turkish number/date forms folded). */
  answer_any: z.array(z.string().trim().min(1)).min(1),
  /**
   * The cited path as citations carry it: the corpus folder's name, then the path inside it
   * ("corpus/mevzuat/…txt", "dev-corpus/kanunlar/…txt").
   */
  source: z.string().regex(/^(?!\.\.?\/)(?!\/)[^\\]+\/.+\.(txt|pdf|md)$/, 'klasör/…/dosya.txt|pdf|md biçiminde göreli bir yol olmalı'),
  /** Verbatim excerpt of the answering passage (whitespace folded, PDF hyphenation repaired). */
  span: z.string().trim().min(15).max(120),
  /**
   * Other passages of the same source that state the same fact (a report repeats its figures in the text,
   * a table and a summary). Citing any of them is as checkable as citing `span`.
   */
  also_spans: z.array(z.string().trim().min(15).max(120)).optional(),
});

const RefusalExpectSchema = z.strictObject({ refused: z.literal(true) });

export const EvalQuestionSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z]+\d{3,}$/, 'q001 / d001 biçiminde olmalı'),
    question: z.string().trim().min(5),
    lang: z.enum(['tr', 'en']),
    category: z.enum(EVAL_CATEGORIES),
    expect: z.discriminatedUnion('refused', [AnswerableExpectSchema, RefusalExpectSchema]),
  })
  .superRefine((q, ctx) => {
    if ((q.category === 'refusal') !== q.expect.refused) {
      ctx.addIssue({ code: 'custom', path: ['expect', 'refused'], message: 'refusal kategorisi ile refused: true birlikte olmalı' });
    }
    if (q.category === 'english' && q.lang !== 'en') {
      ctx.addIssue({ code: 'custom', path: ['lang'], message: 'english kategorisindeki soru lang: en olmalı' });
    }
  });

export type EvalQuestion = z.infer<typeof EvalQuestionSchema>;
export type EvalCategory = (typeof EVAL_CATEGORIES)[number];

export class EvalSetError extends AppError<'EVAL_SET_INVALID'> {
  constructor(readonly problems: string[]) {
    super('EVAL_SET_INVALID', `Değerlendirme kümesi hatalı:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses the JSONL set; every bad line is reported together, with its line number. */
export function parseEvalQuestions(jsonl: string): EvalQuestion[] {
  const problems: string[] = [];
  const questions: EvalQuestion[] = [];
  const seen = new Set<string>();
  jsonl.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `satır ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      problems.push(`${where}: geçerli JSON değil`);
      return;
    }
    const parsed = EvalQuestionSchema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${where} ${issue.path.join('.')}: ${issue.message}`);
      return;
    }
    if (seen.has(parsed.data.id)) problems.push(`${where}: ${parsed.data.id} kimliği tekrar ediyor`);
    seen.add(parsed.data.id);
    questions.push(parsed.data);
  });
  if (problems.length > 0) throw new EvalSetError(problems);
  return questions;
}
