import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { benchRealCorpus } from '../bench/bench-real-corpus.js';
import { loadBenchQuestions } from '../bench/bench-questions.js';
import { benchSynthetic } from '../bench/bench-synthetic.js';
import { explainHotSpots } from '../bench/explain-hot-spots.js';
import { checkTargets, describeMachine, renderConsole, renderMarkdown, TARGETS, type BenchReport } from '../bench/render-report.js';
import { exitWithUsage, parseCommandLine, type CommandSpec } from './command-line.js';
import { exitWithError } from './report-error.js';

const LAST_RUN_FILE = path.join(os.tmpdir(), 'kurum-bench-last.json');

export const BENCH_COMMAND = {
  invocation: 'npm run bench --',
  summary:
    'Hız ölçümleri: gerçek derlemde dizinleme, dizin yükleme, yanıt gecikmesi ve bellek; sentetik derlemde hnswlib ile tam arama — her sayı aynı çalıştırmadaki bir taban çizgisinin yanında.',
  flags: {
    quick: { type: 'boolean', default: false, description: '10.000 sentetik parça (duman testi); docs/BENCHMARKS.md yazılmaz' },
    chunks: { type: 'string', value: 'N', description: 'N sentetik parça (varsayılan 100.000)' },
    seed: { type: 'string', value: 'N', description: 'sentetik derlemin tohumu' },
    write: { type: 'boolean', default: false, description: 'docs/BENCHMARKS.md dosyasını her boyutta yazar (100.000 ve üstünde zaten yazılır)' },
    render: { type: 'string', value: 'DOSYA', description: 'ölçmeden, kaydedilmiş bir çalıştırmanın sonuçlarından (JSON) BENCHMARKS.md yazar' },
  },
  examples: [
    ['npm run bench -- --quick', 'bir iki dakikalık duman testi'],
    ['npm run bench', 'tam ölçüm (2 çekirdekte birkaç dakika), docs/BENCHMARKS.md yazılır'],
  ],
  notes: [`Her çalıştırmanın ham sonuçları ${LAST_RUN_FILE} dosyasına da yazılır.`],
} as const satisfies CommandSpec;

const usageError = (message: string): never => exitWithUsage(BENCH_COMMAND, message);

/**
 * `npm run bench`: ingest throughput, index load, query latency percentiles and memory on the real
 * corpus, then a synthetic 100,000-chunk corpus with hnswlib against exact search — each figure beside
 * its baseline from the same run. Prints a summary and rewrites docs/BENCHMARKS.md.
 */
async function main(): Promise<void> {
  const { values } = parseCommandLine(BENCH_COMMAND);
  const repoRoot = process.cwd();
  const file = path.join(repoRoot, 'docs', 'BENCHMARKS.md');
  if (values.render !== undefined) {
    // Re-render the figures of one earlier complete run (e.g. after editing the report's wording).
    const saved = JSON.parse(await fs.readFile(values.render, 'utf8')) as { report: BenchReport };
    process.stdout.write(`${renderConsole(saved.report)}\n`);
    await fs.writeFile(file, renderMarkdown(saved.report, explainHotSpots(saved.report.synthetic)));
    process.stdout.write(`Yazıldı: ${path.relative(repoRoot, file)} (${values.render} sonuçlarından)\n`);
    return;
  }
  const chunkCount = values.chunks !== undefined ? Number(values.chunks) : values.quick ? 10_000 : TARGETS.atChunks;
  if (!Number.isInteger(chunkCount) || chunkCount < 100) usageError(`--chunks bir tam sayı olmalı (en az 100): ${values.chunks}`);
  const seed = values.seed !== undefined ? Number(values.seed) : undefined;
  if (seed !== undefined && !Number.isInteger(seed)) usageError(`--seed bir tam sayı olmalı: ${values.seed}`);

  const corpusDir = path.join(repoRoot, 'corpus');
  const started = performance.now();
  const log = (line: string) => process.stderr.write(`· ${line}\n`);

  const { questions, from } = await loadBenchQuestions(path.join(repoRoot, 'test/eval/questions.jsonl'));
  const real = await benchRealCorpus({ repoRoot, corpusDir, questions, questionsFrom: path.relative(repoRoot, from) || from, log });
  const synthetic = await benchSynthetic({ corpusDir, chunkCount, seed, log });

  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  const report: BenchReport = { machine: describeMachine(), real, synthetic, totalSeconds: (performance.now() - started) / 1000, command };
  process.stdout.write(`${renderConsole(report)}\n`);
  await fs.writeFile(LAST_RUN_FILE, JSON.stringify({ report }));

  if (!values.quick && (values.write || chunkCount >= TARGETS.atChunks)) {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, renderMarkdown(report, explainHotSpots(synthetic)));
    process.stdout.write(`Yazıldı: ${path.relative(repoRoot, file)}\n`);
  }
  const missed = checkTargets(synthetic).filter((c) => !c.met);
  if (missed.length > 0) {
    process.stdout.write(`\n${missed.length} hedef karşılanmadı (bkz. "Aşamalar" ve docs/BENCHMARKS.md › Hot spots).\n`);
  }
}

main().catch((error) => exitWithError(error));
