import { describe, expect, it } from 'vitest';
import type { EvalQuestion } from '../../../src/eval/eval-question.js';
import { formatFailures, formatMetricsTable } from '../../../src/eval/format-report.js';
import { runEval } from '../../../src/eval/run-eval.js';
import type { ScoredAnswer } from '../../../src/eval/score-answer.js';
import { summarizeScores } from '../../../src/eval/summarize-scores.js';

const SRC = 'corpus/raporlar/izmir-meslek-fabrikasi-2025.txt';
const TEXT = 'Sektörlerin ihtiyaç duyduğu nitelikli personeli yetiştirmek amacıyla yıl boyunca 409 farklı kurs açıldı.';

const questions: EvalQuestion[] = [
  {
    id: 'q001',
    question: 'Meslek Fabrikası 2025’te kaç kurs açtı?',
    lang: 'tr',
    category: 'report',
    expect: { refused: false, answer_any: ['409'], source: SRC, span: 'yıl boyunca 409 farklı kurs açıldı' },
  },
  { id: 'q002', question: '2026 memur maaş katsayısı?', lang: 'tr', category: 'refusal', expect: { refused: true } },
  { id: 'q003', question: 'Vergi dilimleri?', lang: 'tr', category: 'refusal', expect: { refused: true } },
];

/** A fake engine: right on q001, answers q002 when it should refuse, throws on q003. */
async function fakeAnswer(item: EvalQuestion): Promise<ScoredAnswer> {
  if (item.id === 'q001') {
    return { answer: '2025 yılında 409 kurs açıldı.', refused: false, citations: [{ source: `./${SRC}`, quote: 'yıl boyunca 409 farklı kurs açıldı.' }] };
  }
  if (item.id === 'q002') return { answer: 'Katsayı 0,9.', refused: false, citations: [] };
  throw new Error('dizin yok');
}

describe('runEval › scoring a run with a fake engine', () => {
  it('asks every question, loads only cited and expected sources, and scores engine errors as wrong', async () => {
    const loaded: string[][] = [];
    const progress: number[] = [];
    let clock = 0;
    const scored = await runEval({
      questions,
      answer: fakeAnswer,
      loadSources: async (sources) => {
        loaded.push(sources);
        return new Map([[SRC, TEXT]]);
      },
      onProgress: (done) => progress.push(done),
      now: () => (clock += 10),
    });
    expect(loaded[0]).toEqual([SRC]);
    expect(progress).toEqual([1, 2, 3]);
    expect(scored.map((s) => s.score.answerOk)).toEqual([true, false, false]);
    expect(scored[2]!.error).toBe('dizin yok');

    const report = summarizeScores(scored);
    expect(report.overall.answerAccuracy).toEqual({ correct: 1, total: 3, rate: 1 / 3 });
    expect(report.overall.citationAccuracy).toEqual({ correct: 1, total: 1, rate: 1 });
    expect(report.overall.grounding).toEqual({ correct: 1, total: 1, rate: 1 });
    expect(report.overall.missedRefusals).toBe(2);
    expect(report.byCategory['refusal']!.citationAccuracy.rate).toBeNull();

    const table = formatMetricsTable(report);
    expect(table).toMatch(/report\s+1\s+100\.0% \(1\/1\)/);
    expect(table).toMatch(/TOPLAM\s+3\s+33\.3% \(1\/3\)/);
    const failures = formatFailures(scored);
    expect(failures).toContain('q002 [refusal] ✗ answer, refusal');
    expect(failures).toContain('hata:     dizin yok');
    expect(failures).not.toContain('q001');
  });
});
