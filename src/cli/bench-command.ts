import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { benchAnn } from '../bench/bench-ann.js';
import { benchIngest } from '../bench/bench-ingest.js';
import { benchAskJsonl, benchSlackLoad } from '../bench/bench-load.js';
import { benchRealCorpus } from '../bench/bench-real-corpus.js';
import { loadBenchQuestions } from '../bench/bench-questions.js';
import { describeMachine, reportJson, TARGETS, type BenchReport, type SavedMillion } from '../bench/bench-report.js';
import { benchScale, type ScaleRow } from '../bench/bench-scale.js';
import { explainMisses } from '../bench/explain-misses.js';
import { paraphraseQuestions } from '../bench/paraphrase-questions.js';
import { renderConsole, renderMarkdown } from '../bench/render-report.js';
import { mulberry32 } from '../bench/synthetic-corpus.js';
import { locateSharedCorpus } from '../config/shared-corpora.js';
import { openChunkStore } from '../retrieval/chunk-store.js';
import { IndexStore } from '../retrieval/index-store.js';
import { parseCommandLine, type CommandSpec } from './command-line.js';
import { exitWithError } from './report-error.js';

const LAST_RUN_FILE = path.join(os.tmpdir(), 'kurum-bench-last.json');
/** The last `--million` run, kept in the repository so every report can show the million-chunk row. */
const MILLION_FILE = 'docs/bench-million.json';

export const BENCH_COMMAND = {
  invocation: 'npm run bench --',
  summary:
    'Hız ölçümleri: gerçek derlemde ve 10.000 / 100.000 parçaya çoğaltılmış metinde dizinleme, yükleme, bellek, gecikme; hnswlib ile tam arama; Slack uçunda eşzamanlı sorular — her sayı aynı çalıştırmadaki bir taban çizgisinin yanında.',
  flags: {
    quick: { type: 'boolean', default: false, description: 'duman testi (bir dakikadan kısa): küçük boyutlar; BENCHMARKS.md yazılmaz' },
    json: { type: 'boolean', default: false, description: "stdout'a tek bir JSON nesnesi (ilerleme stderr'e)" },
    million: { type: 'boolean', default: false, description: `bir milyon parçalık satırı da ölçer (2 çekirdekte yarım saat kadar) ve ${MILLION_FILE} dosyasına kaydeder` },
    'million-only': { type: 'boolean', default: false, description: 'yalnız bir milyon parçalık satırı ölçer ve kaydeder (sonraki çalıştırmalar onu gösterir)' },
    write: { type: 'boolean', default: false, description: 'docs/BENCHMARKS.md dosyasını --quick ile de yazar' },
    render: { type: 'string', value: 'DOSYA', description: 'ölçmeden, kaydedilmiş bir çalıştırmanın sonuçlarından (JSON) BENCHMARKS.md yazar' },
  },
  examples: [
    ['npm run bench -- --quick', 'bir iki dakikalık duman testi'],
    ['npm run -s bench -- --json', 'tam ölçüm, tek JSON nesnesi (docs/BENCHMARKS.md de yazılır)'],
  ],
  notes: [`Her çalıştırmanın ham sonuçları ${LAST_RUN_FILE} dosyasına da yazılır.`],
} as const satisfies CommandSpec;

async function readSavedMillion(repoRoot: string): Promise<SavedMillion | null> {
  try {
    return JSON.parse(await fs.readFile(path.join(repoRoot, MILLION_FILE), 'utf8')) as SavedMillion;
  } catch {
    return null;
  }
}

/** Questions for the load tests, made from the chunks of an index (as the serving probe makes them). */
async function questionsOf(dataDir: string, count: number): Promise<string[]> {
  const store = new IndexStore(dataDir);
  const { chunks, texts } = await openChunkStore((await store.currentBuildDir())!);
  try {
    return paraphraseQuestions(chunks, mulberry32(7), count).map((q) => q.question);
  } finally {
    texts.close();
  }
}

/**
 * `npm run bench`: ingest against its read+clean floor on the scale corpus, real text replicated to 10k and
 * 100k chunks (a million with --million) served by fresh processes, hnswlib against exact search, and load
 * through the Slack HTTP endpoint and `ask --jsonl` — each figure beside its baseline from the same run.
 */
async function main(): Promise<void> {
  const { values } = parseCommandLine(BENCH_COMMAND);
  const repoRoot = process.cwd();
  const docFile = path.join(repoRoot, 'docs', 'BENCHMARKS.md');
  if (values.render !== undefined) {
    const saved = JSON.parse(await fs.readFile(values.render, 'utf8')) as { report: BenchReport };
    process.stdout.write(`${renderConsole(saved.report)}\n`);
    await fs.writeFile(docFile, renderMarkdown(saved.report, explainMisses(saved.report)));
    process.stdout.write(`Yazıldı: ${path.relative(repoRoot, docFile)} (${values.render} sonuçlarından)\n`);
    return;
  }

  const quick = values.quick === true;
  const started = performance.now();
  const loadStart = os.loadavg();
  const log = (line: string) => process.stderr.write(`· ${line}\n`);
  const scaleCorpus = locateSharedCorpus('scale-corpus', repoRoot);
  if (values['million-only']) {
    await measureMillionOnly(repoRoot, scaleCorpus, values.json === true, log);
    return;
  }
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'kurum-bench-'));
  try {
    const { questions, from } = await loadBenchQuestions(path.join(repoRoot, 'test/eval/questions.jsonl'));
    log('gönderilen derlem (corpus/)…');
    const shipped = await benchRealCorpus({ repoRoot, corpusDir: path.join(repoRoot, 'corpus'), questions, questionsFrom: path.relative(repoRoot, from) || from, ingestRuns: quick ? 1 : 3, log });
    const scale = await benchIngest({ corpusDir: scaleCorpus, runs: quick ? 1 : 3, log });
    const chunksPerByte = scale.chunks / scale.bytes;

    const sizes = quick ? [10_000] : [10_000, TARGETS.atChunks, ...(values.million ? [1_000_000] : [])];
    const growth: (ScaleRow & { corpusDir: string; dataDir: string })[] = [];
    for (const targetChunks of sizes) {
      const big = targetChunks >= 1_000_000;
      const serving = targetChunks === (quick ? 10_000 : TARGETS.atChunks);
      growth.push(
        await benchScale({
          repoRoot,
          sourceDir: scaleCorpus,
          workDir: path.join(work, `scale-${targetChunks}`),
          targetChunks,
          chunksPerByte,
          questions: quick ? 30 : 200,
          budgetMs: quick ? 2000 : big ? 30_000 : 15_000,
          exact: true,
          breakdown: !quick && (serving || big),
          log,
        }),
      );
      // Only the serving size is kept for the load tests; the others' files go at once (1M is 4 GB).
      if (!serving) await fs.rm(growth.at(-1)!.corpusDir, { recursive: true, force: true }).then(() => fs.rm(growth.at(-1)!.dataDir, { recursive: true, force: true }));
    }
    const servingSize = growth.find((r) => r.targetChunks === (quick ? 10_000 : TARGETS.atChunks))!;
    const ann = await benchAnn({ corpusDir: path.join(repoRoot, 'corpus'), chunks: quick ? 5000 : TARGETS.atChunks, queries: quick ? 50 : 200, efs: quick ? [256] : undefined, log });

    log('yük: Slack HTTP ve ask --jsonl…');
    const loadQuestions = await questionsOf(servingSize.dataDir, quick ? 20 : 100);
    const slack = await benchSlackLoad({ repoRoot, corpusDir: servingSize.corpusDir, dataDir: servingSize.dataDir, questions: loadQuestions, concurrency: quick ? 10 : 50 });
    const jsonl = await benchAskJsonl({ repoRoot, corpusDir: servingSize.corpusDir, dataDir: servingSize.dataDir, questions: loadQuestions });

    const strip = ({ corpusDir: _c, dataDir: _d, ...row }: ScaleRow & { corpusDir: string; dataDir: string }): ScaleRow => row;
    const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
    const report: BenchReport = {
      command,
      quick,
      machine: describeMachine(),
      loadavg: { start: loadStart, end: os.loadavg() },
      totalSeconds: (performance.now() - started) / 1000,
      shipped,
      scale,
      growth: growth.map(strip),
      savedMillion: values.million || quick ? null : await readSavedMillion(repoRoot),
      ann,
      slack,
      jsonl,
    };
    await fs.writeFile(LAST_RUN_FILE, JSON.stringify({ report }));
    if (values.million) {
      const row = report.growth.find((r) => r.targetChunks >= 1_000_000)!;
      const saved: SavedMillion = { date: report.machine.date, command, loadavg: report.loadavg.end, row };
      await fs.writeFile(path.join(repoRoot, MILLION_FILE), `${JSON.stringify(saved, null, 1)}\n`);
    }
    if (values.json) process.stdout.write(`${JSON.stringify(reportJson(report))}\n`);
    else process.stdout.write(`${renderConsole(report)}\n`);
    if (!quick || values.write) {
      await fs.mkdir(path.dirname(docFile), { recursive: true });
      await fs.writeFile(docFile, renderMarkdown(report, explainMisses(report)));
      log(`yazıldı: ${path.relative(repoRoot, docFile)}`);
    }
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

/** `--million-only`: the million-chunk row alone, saved for later reports (the rest takes its own run). */
async function measureMillionOnly(repoRoot: string, scaleCorpus: string, json: boolean, log: (line: string) => void): Promise<void> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'kurum-bench-'));
  try {
    // Chunks per byte of the scale corpus as it is: the same text the replicas are made of.
    const scale = await benchIngest({ corpusDir: scaleCorpus, runs: 1, log });
    const row = await benchScale({
      repoRoot, sourceDir: scaleCorpus, workDir: path.join(work, 'scale-1000000'), targetChunks: 1_000_000, chunksPerByte: scale.chunks / scale.bytes,
      // Vectors would add ~40 minutes on 2 cores (hash embedding + hnswlib graph) for a dense search the offline
      // default never runs; the million row measures what is served. hnswlib is measured at 100k and on synthetic vectors.
      questions: 200, budgetMs: 30_000, exact: false, breakdown: true, vectors: false, log,
    });
    const { corpusDir: _c, dataDir: _d, ...plain } = row;
    const saved: SavedMillion = { date: describeMachine().date, command: 'npm run bench -- --million-only', loadavg: os.loadavg(), row: plain };
    await fs.writeFile(path.join(repoRoot, MILLION_FILE), `${JSON.stringify(saved, null, 1)}\n`);
    process.stdout.write(json ? `${JSON.stringify(saved)}\n` : `Kaydedildi: ${MILLION_FILE} (${plain.chunks.toLocaleString('en-US')} parça)\n`);
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

main().catch((error) => exitWithError(error));
