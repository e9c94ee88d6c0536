/**
 * `npm run eval` — asks every question of test/eval/questions.jsonl and prints answer accuracy, citation
 * accuracy (the cited quote overlaps the expected span), grounding (every quote verbatim in its source)
 * and refusal accuracy, per category and overall, then the failures. Exits 0 when the run completes
 * (scores are the output, not a verdict), 1 when the engine cannot start, 2 on bad usage.
 *
 *   npm run eval                          all questions
 *   npm run eval -- --filter directive    one category
 *   npm run eval -- --json                metrics (and failed ids) as JSON on stdout
 *   npm run eval -- --answers out.jsonl   score saved answers (one `--json` answer per line, with "id")
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { toAnswerJson } from '../answer/types.js';
import { createAssistant } from '../answer/create-assistant.js';
import { loadConfig } from '../config/index.js';
import { EVAL_CATEGORIES, parseEvalQuestions, type EvalQuestion } from '../eval/eval-question.js';
import { formatFailures, formatMetricsTable } from '../eval/format-report.js';
import { SourceTextCache } from '../eval/read-source-text.js';
import { runEval } from '../eval/run-eval.js';
import type { ScoredAnswer } from '../eval/score-answer.js';
import { isFailure, summarizeScores } from '../eval/summarize-scores.js';

const DEFAULT_QUESTIONS = 'test/eval/questions.jsonl';

const USAGE = `Kullanım: npm run eval -- [--filter <kategori>] [--json] [--questions <dosya>] [--answers <dosya>]
  --filter     yalnızca bir kategori: ${EVAL_CATEGORIES.join(', ')}
  --json       ölçümleri JSON olarak yaz
  --questions  soru kümesi (varsayılan: ${DEFAULT_QUESTIONS})
  --answers    motoru çalıştırmadan, kaydedilmiş yanıtları puanla (satır başına bir --json yanıtı ve "id")`;

class UsageError extends Error {}

function readOptions(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        json: { type: 'boolean', default: false },
        filter: { type: 'string' },
        questions: { type: 'string', default: DEFAULT_QUESTIONS },
        answers: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.filter !== undefined && !(EVAL_CATEGORIES as readonly string[]).includes(values.filter)) {
    throw new UsageError(`Bilinmeyen kategori "${values.filter}". Geçerli kategoriler: ${EVAL_CATEGORIES.join(', ')}`);
  }
  return values;
}

const SavedAnswerSchema = z.looseObject({
  id: z.string().optional(),
  answer: z.string(),
  refused: z.boolean(),
  citations: z.array(z.looseObject({ source: z.string(), quote: z.string() })),
});

/** Saved answers by question id; lines without an id are matched to the questions in order. */
async function loadSavedAnswers(file: string, questions: readonly EvalQuestion[]): Promise<Map<string, ScoredAnswer>> {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim() !== '');
  const byId = new Map<string, ScoredAnswer>();
  lines.forEach((line, i) => {
    const parsed = SavedAnswerSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new UsageError(`${file} satır ${i + 1}: yanıt biçimi geçersiz (${parsed.error.issues[0]?.message}).`);
    const id = parsed.data.id ?? questions[i]?.id;
    if (id !== undefined) byId.set(id, parsed.data);
  });
  return byId;
}

async function main(): Promise<number> {
  let options;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }

  const repoRoot = process.cwd();
  const all = parseEvalQuestions(await readFile(path.resolve(repoRoot, options.questions), 'utf8'));
  const questions = options.filter ? all.filter((q) => q.category === options.filter) : all;

  const config = loadConfig();
  let answer: (item: EvalQuestion) => Promise<ScoredAnswer>;
  if (options.answers !== undefined) {
    const saved = await loadSavedAnswers(path.resolve(repoRoot, options.answers), all);
    answer = async (item) => {
      const found = saved.get(item.id);
      if (!found) throw new Error(`kaydedilmiş yanıtlarda ${item.id} yok`);
      return found;
    };
  } else {
    const assistant = await createAssistant({
      config,
      repoRoot,
      onProgress: (event) => process.stderr.write(`dizin: ${event.phase} ${event.done}/${event.total}\n`),
    });
    answer = async (item) => toAnswerJson(await assistant.ask(item.question));
  }

  const sources = new SourceTextCache(repoRoot, config.CORPUS_DIR);
  const interactive = process.stderr.isTTY === true;
  const scored = await runEval({
    questions,
    answer,
    loadSources: (list) => sources.ensure(list),
    onProgress: (done, total) => {
      if (interactive) process.stderr.write(`\rsoru ${done}/${total}${done === total ? '\n' : ''}`);
    },
  });
  const report = summarizeScores(scored);

  if (options.json) {
    const failures = scored.filter(isFailure).map(({ item, score, error }) => ({
      id: item.id,
      category: item.category,
      failed: Object.entries({
        answer: !score.answerOk,
        citation: score.citationOk === false,
        grounding: score.grounded === false,
        refusal: !score.refusalOk,
      })
        .filter(([, bad]) => bad)
        .map(([name]) => name),
      ...(error !== undefined ? { error } : {}),
    }));
    console.log(JSON.stringify({ ...report, failures }, null, 2));
    return 0;
  }
  const scope = options.filter ? ` (kategori: ${options.filter})` : '';
  console.log(`Değerlendirme: ${questions.length} soru${scope}\n`);
  console.log(formatMetricsTable(report));
  console.log(
    '\nanswer: beklenen ifade yanıtta | citation: alıntı beklenen pasajla örtüşüyor | ' +
      'grounding: her alıntı kaynağında birebir | refusal: ret kararı doğru\n',
  );
  console.log(formatFailures(scored));
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`Değerlendirme çalıştırılamadı: ${message}`);
    process.exitCode = 1;
  },
);
