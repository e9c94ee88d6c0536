/**
 * `npm run eval` — asks every question of the shipped-corpus set (test/eval/questions.jsonl) and of the
 * dev set over the five laws in ../shared/dev-corpus (test/eval/dev-questions.jsonl), each over its own
 * cached index, and prints per set and category: answer accuracy, citation accuracy (the cited quote
 * overlaps the expected span), the peer rule (first citation from the right file and article), grounding
 * (every quote verbatim in its source) and refusal accuracy; then both sets side by side and the failures.
 * Exits 0 when the run completes (scores are the output, not a verdict), 1 when the engine cannot
 * start, 2 on bad usage.
 *
 *   npm run eval                              both sets, side by side
 *   npm run eval -- --set dev                 one set: shipped | dev | all
 *   npm run eval -- --filter named            one category
 *   npm run eval -- --json                    metrics (and failed ids) as JSON on stdout
 *   npm run eval -- --questions q.jsonl --corpus ../docs    an ad-hoc set over any corpus folder
 *   npm run eval -- --answers out.jsonl       score saved answers (one `--json` answer per line, with "id")
 *   npm run eval -- --mode llm                answers through the configured LLM_PROVIDER (default: extractive)
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { toAnswerJson } from '../answer/types.js';
import { createAssistant } from '../answer/create-assistant.js';
import { loadConfig, type Config } from '../config/index.js';
import { createEmbeddings } from '../retrieval/create-embeddings.js';
import { EVAL_CATEGORIES, parseEvalQuestions, type EvalQuestion } from '../eval/eval-question.js';
import { adHocSet, devSet, evalIndexDir, SET_NAMES, shippedSet, type EvalSet, type SetName } from '../eval/eval-sets.js';
import { formatFailures, formatMetricsTable, formatSideBySide } from '../eval/format-report.js';
import { SourceTextCache } from '../eval/read-source-text.js';
import { runEval } from '../eval/run-eval.js';
import { readCommandLine, usageLine, type CommandSpec } from './command-line.js';
import type { ScoredAnswer } from '../eval/score-answer.js';
import { isFailure, summarizeScores, type EvalReport, type ScoredItem } from '../eval/summarize-scores.js';

export const EVAL_COMMAND = {
  invocation: 'npm run eval --',
  summary:
    'Soru kümelerini sorar ve puanlar: yanıt, atıf, ilk atıf (eş kıyas kuralı), dayanak ve ret doğruluğu; iki küme yan yana, sonra başarısız sorular.',
  flags: {
    set: { type: 'string', value: 'KÜME', description: 'soru kümesi: shipped (gönderilen belgeler), dev (../shared/dev-corpus yasaları) ya da all (varsayılan)' },
    filter: { type: 'string', value: 'KATEGORİ', description: `yalnızca bir kategori: ${EVAL_CATEGORIES.join(', ')}` },
    json: { type: 'boolean', default: false, description: 'ölçümleri (ve başarısız soruların kimliklerini) JSON olarak yazar' },
    questions: { type: 'string', value: 'DOSYA', description: 'kendi soru dosyanız (JSONL, test/eval/questions.jsonl biçiminde)' },
    corpus: { type: 'string', value: 'KLASÖR', description: '--questions ile: soruların sorulacağı belge klasörü (varsayılan: CORPUS_DIR)' },
    answers: { type: 'string', value: 'DOSYA', description: 'motoru çalıştırmadan kaydedilmiş yanıtları puanlar (satır başına bir --json yanıtı ve "id")' },
    mode: { type: 'string', value: 'MOD', default: 'extractive', description: 'extractive (varsayılan, çevrimdışı) ya da llm (LLM_PROVIDER ile ayarlanan dil modeli)' },
  },
  examples: [
    ['npm run eval', 'iki küme yan yana'],
    ['npm run eval -- --set dev --filter named', 'bir küme, bir kategori'],
    ['npm run eval -- --questions sorular.jsonl --corpus ../belgeler', 'herhangi bir klasör üzerinde kendi sorularınız'],
    ['npm run -s ask -- --jsonl < sorular.jsonl > yanitlar.jsonl && npm run eval -- --questions sorular.jsonl --answers yanitlar.jsonl', 'kaydedilmiş yanıtları puanlar'],
    ['npm run eval -- --mode llm', 'yanıtları ayarlı dil modeline yazdırır'],
  ],
  notes: ['Çıkış kodları: 0 çalıştırma tamamlandı (puanlar çıktıdır, karar değil), 1 motor başlatılamadı, 2 hatalı kullanım.'],
} as const satisfies CommandSpec;

class UsageError extends Error {}
class HelpRequested extends Error {}

function readOptions(argv: string[]) {
  const line = readCommandLine(EVAL_COMMAND, argv);
  if (line.kind === 'usage-error') throw new UsageError(line.message);
  if (line.kind === 'help') throw new HelpRequested(line.text);
  const { values } = line;
  if (values.filter !== undefined && !(EVAL_CATEGORIES as readonly string[]).includes(values.filter)) {
    throw new UsageError(`Bilinmeyen kategori "${values.filter}". Geçerli kategoriler: ${EVAL_CATEGORIES.join(', ')}`);
  }
  if (values.set !== undefined && !(SET_NAMES as readonly string[]).includes(values.set)) {
    throw new UsageError(`Bilinmeyen küme "${values.set}". Geçerli kümeler: ${SET_NAMES.join(', ')}`);
  }
  if (values.corpus !== undefined && values.questions === undefined) throw new UsageError('--corpus yalnızca --questions ile kullanılır.');
  if (values.set !== undefined && values.questions !== undefined) throw new UsageError('--set ile --questions birlikte kullanılamaz.');
  if (values.answers !== undefined && values.set === 'all') throw new UsageError('--answers tek bir kümeyle kullanılır (--set shipped|dev ya da --questions).');
  if (values.mode !== 'extractive' && values.mode !== 'llm') throw new UsageError(`Bilinmeyen mod "${values.mode}". Geçerli modlar: extractive, llm`);
  return values;
}

const SavedAnswerSchema = z.looseObject({
  id: z.string().optional(),
  answer: z.string(),
  refused: z.boolean(),
  citations: z.array(z.looseObject({ source: z.string(), quote: z.string(), locator: z.string().optional() })),
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

function chosenSets(repoRoot: string, config: Config, options: ReturnType<typeof readOptions>): EvalSet[] {
  if (options.questions !== undefined) return [adHocSet(repoRoot, options.questions, options.corpus ?? path.resolve(repoRoot, config.CORPUS_DIR))];
  const name = (options.set ?? 'all') as SetName;
  const sets: EvalSet[] = [];
  if (name !== 'dev') sets.push(shippedSet(repoRoot, config.CORPUS_DIR));
  if (name !== 'shipped') sets.push(devSet(repoRoot));
  return sets;
}

/** The engine over a set's corpus, its index built (or reused) in the set's own cache folder. */
async function engineFor(set: EvalSet, config: Config, repoRoot: string): Promise<(item: EvalQuestion) => Promise<ScoredAnswer>> {
  const embedder = await createEmbeddings(config);
  const setConfig: Config = { ...config, CORPUS_DIR: path.basename(set.corpusDir), DATA_DIR: evalIndexDir(repoRoot, set, embedder.id) };
  const assistant = await createAssistant({
    config: setConfig,
    repoRoot: set.sourceRoot,
    embedder,
    onProgress: (event) => process.stderr.write(`dizin (${set.name}): ${event.phase} ${event.done}/${event.total}\n`),
  });
  return async (item) => {
    const json = toAnswerJson(await assistant.ask(item.question));
    const mode = json.mode === 'llm' ? 'llm' : (json.fallback_reason?.split(':')[0] ?? 'extractive');
    answerModes.set(mode, (answerModes.get(mode) ?? 0) + 1);
    return json;
  };
}

/** How the answers were made (llm, or the fallback code), for the LLM mode's summary line. */
const answerModes = new Map<string, number>();

interface SetResult {
  set: EvalSet;
  scored: ScoredItem[];
  report: EvalReport;
}

async function evaluateSet(set: EvalSet, config: Config, repoRoot: string, options: ReturnType<typeof readOptions>): Promise<SetResult> {
  const all = parseEvalQuestions(await readFile(set.questionsFile, 'utf8'));
  const questions = options.filter ? all.filter((q) => q.category === options.filter) : all;
  let answer: (item: EvalQuestion) => Promise<ScoredAnswer>;
  if (options.answers !== undefined) {
    const saved = await loadSavedAnswers(path.resolve(repoRoot, options.answers), all);
    answer = async (item) => {
      const found = saved.get(item.id);
      if (!found) throw new Error(`kaydedilmiş yanıtlarda ${item.id} yok`);
      return found;
    };
  } else {
    answer = await engineFor(set, config, repoRoot);
  }
  const sources = new SourceTextCache(set.sourceRoot, path.basename(set.corpusDir));
  const interactive = process.stderr.isTTY === true;
  const scored = await runEval({
    questions,
    answer,
    loadSources: (list) => sources.ensure(list),
    onProgress: (done, total) => {
      if (interactive) process.stderr.write(`\r${set.name}: soru ${done}/${total}${done === total ? '\n' : ''}`);
    },
  });
  return { set, scored, report: summarizeScores(scored) };
}

function failureList(scored: readonly ScoredItem[]) {
  return scored.filter(isFailure).map(({ item, score, error }) => ({
    id: item.id,
    category: item.category,
    failed: Object.entries({
      answer: !score.answerOk,
      citation: score.citationOk === false,
      first_citation: score.firstCitationOk === false,
      grounding: score.grounded === false,
      refusal: !score.refusalOk,
    })
      .filter(([, bad]) => bad)
      .map(([name]) => name),
    ...(error !== undefined ? { error } : {}),
  }));
}

async function main(): Promise<number> {
  let options;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    if (error instanceof HelpRequested) {
      process.stdout.write(error.message);
      return 0;
    }
    if (error instanceof UsageError) {
      console.error(error.message.includes('--help') ? error.message : `${error.message}\n${usageLine(EVAL_COMMAND)}\nYardım için: ${EVAL_COMMAND.invocation} --help`);
      return 2;
    }
    throw error;
  }

  const repoRoot = process.cwd();
  const configured = loadConfig();
  if (options.mode === 'llm' && configured.LLM_PROVIDER === 'none' && options.answers === undefined) {
    console.error('--mode llm için bir dil modeli ayarlayın (LLM_PROVIDER, LLM_MODEL; README "LLM mode").');
    return 2;
  }
  // The extractive figures stay comparable whatever LLM_PROVIDER the environment sets.
  const config: Config = options.mode === 'llm' ? configured : { ...configured, LLM_PROVIDER: 'none' };
  const results: SetResult[] = [];
  for (const set of chosenSets(repoRoot, config, options)) results.push(await evaluateSet(set, config, repoRoot, options));

  if (options.json) {
    // The first set's figures stay at the top level (the shape before there were several sets).
    const sets = Object.fromEntries(results.map((r) => [r.set.name, { ...r.report, failures: failureList(r.scored) }]));
    console.log(JSON.stringify({ ...sets[results[0]!.set.name], sets }, null, 2));
    return 0;
  }
  const scope = options.filter ? ` (kategori: ${options.filter})` : '';
  for (const { set, scored, report } of results) {
    console.log(`\n== ${set.name}: ${scored.length} soru${scope} — ${path.relative(repoRoot, set.questionsFile)} / ${set.corpusDir}\n`);
    console.log(formatMetricsTable(report));
  }
  if (results.length > 1) console.log(`\n== yan yana\n\n${formatSideBySide(results.map((r) => ({ name: r.set.name, report: r.report })))}`);
  if (options.mode === 'llm') console.log(`\nLLM modu (${config.LLM_PROVIDER}: ${config.LLM_MODEL}): ${[...answerModes].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  console.log(
    '\nanswer: beklenen ifade yanıtta | citation: alıntı beklenen pasajla örtüşüyor | ilk atıf: ilk kaynak doğru dosya ve madde ' +
      '(emsal kıyas kuralı) | grounding: her alıntı kaynağında birebir | refusal: ret kararı doğru\n',
  );
  for (const { set, scored } of results) console.log(`\n== ${set.name}\n${formatFailures(scored)}`);
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
