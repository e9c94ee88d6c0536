import os from 'node:os';
import type { RealCorpusResult } from './bench-real-corpus.js';
import type { SyntheticResult } from './bench-synthetic.js';
import { HNSW_SWEEP } from './hnsw-sweep-results.js';
import type { LatencySummary } from './measure.js';

export const TARGETS = { retrievalP95Ms: 20, answerP95Ms: 100, recallAt10: 0.95, atChunks: 100_000 } as const;

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  os: string;
  date: string;
}

export function describeMachine(now = new Date()): MachineInfo {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'bilinmiyor',
    cores: cpus.length,
    memoryGb: os.totalmem() / 1024 ** 3,
    node: process.version,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    date: now.toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
  };
}

export interface TargetCheck {
  name: string;
  target: string;
  measured: string;
  met: boolean;
}

export interface BenchReport {
  machine: MachineInfo;
  real: RealCorpusResult;
  synthetic: SyntheticResult;
  totalSeconds: number;
  command: string;
}

const ms = (x: number) => (typeof x !== 'number' || Number.isNaN(x) ? '–' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const sec = (x: number) => (x / 1000).toFixed(1);
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const mbps = (bytes: number, msTaken: number) => bytes / (1024 * 1024) / (msTaken / 1000);
const int = (x: number) => x.toLocaleString('en-US');

export function servingPoint(s: SyntheticResult) {
  return s.efSweep.find((p) => p.ef === s.servingEf) ?? s.efSweep.at(-1)!;
}

export function checkTargets(s: SyntheticResult): TargetCheck[] {
  const serving = servingPoint(s);
  const scale = s.chunks >= TARGETS.atChunks ? '' : ` (yalnızca ${int(s.chunks)} parça; hedef ${int(TARGETS.atChunks)} içindir)`;
  return [
    {
      name: `Hibrit arama p95 @ ${int(s.chunks)} parça${scale}`,
      target: `≤ ${TARGETS.retrievalP95Ms} ms`,
      measured: `${ms(s.retrieval.p95)} ms`,
      met: s.retrieval.p95 <= TARGETS.retrievalP95Ms,
    },
    {
      name: `Tam çevrimdışı yanıt p95 @ ${int(s.chunks)} parça${scale}`,
      target: `≤ ${TARGETS.answerP95Ms} ms`,
      measured: `${ms(s.answer.p95)} ms`,
      met: s.answer.p95 <= TARGETS.answerP95Ms,
    },
    {
      name: `hnswlib recall@10 (ef ${serving.ef})`,
      target: `≥ ${TARGETS.recallAt10}`,
      measured: serving.recallAt10.toFixed(3),
      met: serving.recallAt10 >= TARGETS.recallAt10,
    },
  ];
}

const latencyRow = (label: string, l: LatencySummary, baseline = '') =>
  `| ${label} | ${ms(l.p50)} | ${ms(l.p95)} | ${ms(l.p99)} | ${ms(l.mean)} | ${l.n} | ${baseline} |`;

/** The console summary: one block per benchmark, targets last. */
export function renderConsole(report: BenchReport): string {
  const { real, synthetic: s, machine } = report;
  const serving = servingPoint(s);
  const lines = [
    '',
    `Makine: ${machine.cpu} ×${machine.cores}, ${machine.memoryGb.toFixed(0)} GB, Node ${machine.node}, ${machine.os}`,
    '',
    `Gerçek derlem (${real.files} dosya, ${(real.bytes / 1024).toFixed(0)} KiB, ${real.chunks} parça)`,
    `  ingest            ${mbps(real.bytes, real.ingestMs).toFixed(2)} MB/s (${ms(real.ingestMs)} ms, ${(real.chunks / (real.ingestMs / 1000)).toFixed(0)} parça/s)` +
      `   taban okuma+temizleme ${mbps(real.bytes, real.floorMs).toFixed(2)} MB/s (${ms(real.floorMs)} ms)`,
    `  değişiksiz ingest ${ms(real.noopReingestMs)} ms    dizin yükleme ${ms(real.loadMs)} ms (+ terim istatistikleri ${ms(real.termStatsMs)} ms)`,
    `  hibrit arama      p50 ${ms(real.retrieval.p50)}  p95 ${ms(real.retrieval.p95)}  p99 ${ms(real.retrieval.p99)} ms   taban BM25: p50 ${ms(real.bm25Only.p50)}  p95 ${ms(real.bm25Only.p95)} ms`,
    `  tam yanıt         p50 ${ms(real.answer.p50)}  p95 ${ms(real.answer.p95)}  p99 ${ms(real.answer.p99)} ms   (${real.answered}/${real.answer.n} yanıtlandı)`,
    `  bellek            RSS ${real.memoryAfterLoad.rssMb.toFixed(0)} MB, heap ${real.memoryAfterLoad.heapUsedMb.toFixed(0)} MB`,
    '',
    `Sentetik derlem (${int(s.chunks)} parça, ${s.documents} belge, ${s.textMb.toFixed(1)} MB metin, tohum ${s.seed})`,
    `  üretim ${sec(s.generateMs)} s, gömme ${sec(s.embedMs)} s, hnswlib kurulum ${sec(s.vectorBuildMs)} s (M ${s.vectorParams.m}, efC ${s.vectorParams.efConstruction}), BM25 kurulum ${sec(s.lexicalBuildMs)} s`,
    `  kesin arama (kaba kuvvet) top-10  p50 ${ms(s.exact.p50)}  p95 ${ms(s.exact.p95)} ms`,
    ...s.efSweep.map(
      (p) => `  hnswlib ef ${String(p.ef).padStart(3)}  recall@10 ${p.recallAt10.toFixed(3)}  p50 ${ms(p.latency.p50)}  p95 ${ms(p.latency.p95)} ms  hızlanma ×${p.speedUp.toFixed(0)}`,
    ),
    `  hibrit arama      p50 ${ms(s.retrieval.p50)}  p95 ${ms(s.retrieval.p95)} ms (n=${s.retrieval.n})   taban BM25: p50 ${ms(s.bm25Only.p50)}  p95 ${ms(s.bm25Only.p95)}; yalnız hnswlib p95 ${ms(s.denseOnly.p95)} ms`,
    `  tam yanıt         p50 ${ms(s.answer.p50)}  p95 ${ms(s.answer.p95)} ms (n=${s.answer.n})   kaynak parça ilk 8'de: ${pct(s.sourceFoundAt8)}`,
    `  dizin yükleme     ${sec(s.load.totalMs)} s (hnswlib ${ms(s.load.vectorMs)} ms, chunks.json ${ms(s.load.chunksMs)} ms, BM25 kayıttan ${ms(s.load.lexicalMs)} ms, terim ist. ${ms(s.load.termStatsMs)} ms)   taban (BM25 + terim ist. yeniden kurulum): ${sec(s.load.rebuildMs)} s`,
    `  bellek            RSS ${s.memory.afterBuild.rssMb.toFixed(0)} MB (önce ${s.memory.before.rssMb.toFixed(0)}), heap ${s.memory.afterBuild.heapUsedMb.toFixed(0)} MB`,
    '',
    'Aşamalar (hibrit sorgu başına ortalama ms):',
    ...s.stages.map((st) => `  ${ms(st.meanMs).padStart(8)}  ${st.stage}`),
    '',
    'Hedefler:',
    ...checkTargets(s).map((t) => `  ${t.met ? '✓ karşılandı ' : '✗ KARŞILANMADI'}  ${t.name}: ${t.measured} (hedef ${t.target})`),
    '',
    `Toplam süre ${report.totalSeconds.toFixed(0)} s. (${serving.ef} = sunumdaki ef)`,
  ];
  return lines.join('\n');
}

/** docs/BENCHMARKS.md: every figure next to its baseline, the targets, and how to reproduce. */
export function renderMarkdown(report: BenchReport, analysis: string): string {
  const { real, synthetic: s, machine } = report;
  const checks = checkTargets(s);
  const serving = servingPoint(s);
  const missed = checks.filter((c) => !c.met);
  const head = '| | p50 ms | p95 ms | p99 ms | ortalama ms | n | karşılaştırma |\n|---|---:|---:|---:|---:|---:|---|';
  return `# Benchmarks

Generated by \`${report.command}\` on ${machine.date}; the whole run took ${report.totalSeconds.toFixed(0)} s.
Every figure was measured in the same process as its baseline. Timings live here, never in pass/fail tests.

**Machine:** ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb.toFixed(0)} GB RAM · Node ${machine.node} · ${machine.os}

## Targets

| Target | Goal | Measured | |
|---|---|---|---|
${checks.map((c) => `| ${c.name} | ${c.target} | ${c.measured} | ${c.met ? '✓ met' : '✗ **missed**'} |`).join('\n')}

${missed.length === 0 ? 'All targets are met.' : `**${missed.length} of ${checks.length} targets missed.** Where the time goes and what would fix it: see [Hot spots](#hot-spots).`}

## 1. Real corpus (\`corpus/\`, ${real.files} files, ${(real.bytes / 1024).toFixed(0)} KiB → ${real.documents} documents, ${real.chunks} chunks)

| | Time | Throughput | Baseline (same run) |
|---|---:|---:|---|
| Full ingest (\`buildIndex\` into an empty DATA_DIR, median of ${real.ingestRuns}) | ${ms(real.ingestMs)} ms | **${mbps(real.bytes, real.ingestMs).toFixed(2)} MB/s**, ${(real.chunks / (real.ingestMs / 1000)).toFixed(0)} chunks/s | read + clean floor: ${ms(real.floorMs)} ms = ${mbps(real.bytes, real.floorMs).toFixed(2)} MB/s |
| No-op re-ingest (unchanged corpus, hashes only) | ${ms(real.noopReingestMs)} ms | | full ingest: ${ms(real.ingestMs)} ms |
| Index load (\`openIndex\`: JSON, hnswlib, saved BM25 postings; median of ${real.ingestRuns}) | ${ms(real.loadMs)} ms | | + term statistics for answers (\`TermStatistics.fromLexicalIndex\`): ${ms(real.termStatsMs)} ms |

Query latency over ${real.retrieval.n} questions (${real.questionsFrom}; Turkish and English):

${head}
${latencyRow('Hybrid retrieval (`hybridSearch`, top 8)', real.retrieval, `BM25 alone: p50 ${ms(real.bm25Only.p50)}, p95 ${ms(real.bm25Only.p95)}`)}
${latencyRow('BM25 alone (baseline: `expandQuery` + `LexicalIndex.search`, depth 50)', real.bm25Only)}
${latencyRow('Full offline answer (`answerQuestion`, extractive)', real.answer, `${real.answered}/${real.answer.n} answered, rest refused`)}

Memory after loading: RSS ${real.memoryAfterLoad.rssMb.toFixed(0)} MB, heap ${real.memoryAfterLoad.heapUsedMb.toFixed(0)} MB.

## 2. Synthetic corpus at scale (${int(s.chunks)} chunks)

Generated deterministically (seed ${s.seed}, \`src/bench/synthetic-corpus.ts\`): ${s.documents} documents, ${s.textMb.toFixed(1)} MB of text,
sentences recombined from the ${int(s.vocabulary)}-word vocabulary of the shipped \`.txt\` files with Zipf-like frequencies,
regulations (BÖLÜM headings, "MADDE n – (1) …" articles) and reports; ${s.queries} paraphrase-like questions (a subset of one
chunk sentence's words plus a Turkish or English question form, some naming the article).

### Build

| Step | Time |
|---|---:|
| Generate chunks and questions | ${sec(s.generateMs)} s |
| Embed (\`LocalHashEmbeddings\`, 256 dims) | ${sec(s.embedMs)} s |
| hnswlib build (\`VectorIndex.build\` defaults: M ${s.vectorParams.m}, efConstruction ${s.vectorParams.efConstruction}) | ${sec(s.vectorBuildMs)} s |
| BM25 build (\`LexicalIndex.build\`: tokenise, stem, BM25F weights into typed arrays; done once at ingest) | ${sec(s.lexicalBuildMs)} s |
| Term statistics (\`TermStatistics.fromLexicalIndex\`) | ${ms(s.termStatsMs)} ms |

Memory: RSS ${s.memory.before.rssMb.toFixed(0)} MB before generating, ${s.memory.afterGenerate.rssMb.toFixed(0)} MB with the corpus,
**${s.memory.afterBuild.rssMb.toFixed(0)} MB** with both indexes and the vectors (heap ${s.memory.afterBuild.heapUsedMb.toFixed(0)} MB; hnswlib's graph is native memory, in RSS only).

### hnswlib against exact search (top 10, ${s.queries} questions)

Baseline: exact cosine top-10 by brute force over all ${int(s.chunks)} vectors (one Float32Array, tight loop):
p50 ${ms(s.exact.p50)} ms, p95 ${ms(s.exact.p95)} ms per question.

| ef | recall@10 | p50 ms | p95 ms | speed-up vs exact (p50) |
|---:|---:|---:|---:|---:|
${s.efSweep.map((p) => `| ${p.ef}${p.ef === s.servingEf ? ' (serving)' : ''} | ${p.recallAt10.toFixed(3)} | ${ms(p.latency.p50)} | ${ms(p.latency.p95)} | ×${p.speedUp.toFixed(0)} |`).join('\n')}

At the serving ef (${serving.ef}): recall@10 **${serving.recallAt10.toFixed(3)}**, **×${serving.speedUp.toFixed(0)}** faster than exact search.
Each ef row is the same index (built once by \`VectorIndex.build\` with its defaults; it built M ${s.vectorParams.m}, efConstruction ${s.vectorParams.efConstruction}) searched with \`setEf(ef)\`.
Latencies are through \`VectorIndex.search\` (LangChain's HNSWLib store and its docstore lookups), as the engine calls it.
${renderSweep()}
### Query latency at ${int(s.chunks)} chunks

${head}
${latencyRow('Hybrid retrieval (`hybridSearch`, top 8)', s.retrieval, `BM25 alone p95 ${ms(s.bm25Only.p95)}; hnswlib alone p95 ${ms(s.denseOnly.p95)}`)}
${latencyRow('BM25 alone (baseline, depth 50)', s.bm25Only)}
${latencyRow('hnswlib alone (baseline, k 50)', s.denseOnly)}
${latencyRow('Full offline answer (`answerQuestion`)', s.answer)}

The source chunk of a question is among the 8 hybrid hits for ${pct(s.sourceFoundAt8)} of questions (a sanity check of the
synthetic questions, not a quality figure). Slow series would stop after 30 s of timed runs once 20 are done: *n* says how many ran.

### Index load at ${int(s.chunks)} chunks

| Part | Time |
|---|---:|
| hnswlib (\`VectorIndex.load\`; ${s.load.onDiskMb.toFixed(0)} MB on disk in all) | ${ms(s.load.vectorMs)} ms |
| chunks.json read + parse | ${ms(s.load.chunksMs)} ms |
| BM25 postings read + \`LexicalIndex.deserialize\` (${s.load.lexicalOnDiskMb.toFixed(0)} MB: lexical-terms.json + lexical.bin, as \`openIndex\` does) | ${ms(s.load.lexicalMs)} ms |
| Term statistics (\`TermStatistics.fromLexicalIndex\`, as \`createAssistant\` does) | ${ms(s.load.termStatsMs)} ms |
| **Total** | **${sec(s.load.totalMs)} s** |
| Baseline: the same load with BM25 rebuilt (\`LexicalIndex.build\`) and \`TermStatistics.fromChunks\` | ${sec(s.load.rebuildMs)} s |

Saving the postings (\`LexicalIndex.serialize\` + two file writes, part of ingest) took ${ms(s.load.lexicalSaveMs)} ms; the deserialized index
was checked to rank the first five questions exactly as the built one. Term statistics cost next to nothing at load because
\`fromLexicalIndex\` only wraps the index: each document frequency is looked up in its postings (\`~\` twin terms) when asked for.

## Hot spots

Mean time per hybrid question at ${int(s.chunks)} chunks, each stage run alone on the same questions:

| Stage | mean ms | p95 ms |
|---|---:|---:|
${s.stages.map((st) => `| ${st.stage} | ${ms(st.meanMs)} | ${ms(st.p95Ms)} |`).join('\n')}

${analysis}

## Reproduce

\`\`\`sh
npm run bench                    # full run: real corpus + 100,000 synthetic chunks, rewrites this file (~${Math.max(1, Math.round(report.totalSeconds / 60))} min on 2 cores)
npm run bench -- --quick         # smoke run: 10,000 synthetic chunks, prints only
npm run bench -- --chunks 50000  # another size; writes this file only with --write
npm run bench -- --render /tmp/kurum-bench-last.json  # re-render this file from a run's saved results, no measuring
npx tsx src/bench/hnsw-sweep.ts --chunks 100000 --builds 32:200,32:400 --efs 400,500,600  # hnswlib build-settings sweep
\`\`\`

Run it on an otherwise idle machine: every figure is wall time on one core (Node is single-threaded here;
hnswlib's build and search run on the calling thread).

## What each baseline means

- **Read + clean floor** (ingest): reading every corpus file and running \`cleanText\` on it (PDFs: pdf-parse text
  extraction too). No structure, chunking, embedding or index writing. Ingest throughput is the full pipeline's;
  the gap to the floor is what chunking, embedding, hnswlib and the crash-safe write cost.
- **No-op re-ingest**: \`buildIndex\` over an unchanged corpus: it hashes the files, compares with the manifest, writes nothing.
- **BM25 alone** (queries): query expansion and \`LexicalIndex.search\` (own typed-array BM25F scorer) at the depth hybrid retrieval asks for (50). Hybrid minus this
  is what dense search, fusion and the named document/article steering add.
- **Exact search** (vectors): brute-force cosine over every vector; the ground truth for recall@10 and the denominator of the speed-up.
- **recall@10**: share of the exact top-10 that hnswlib's top-10 contains, averaged over the questions.
`;
}

function renderSweep(): string {
  if (HNSW_SWEEP.rows.length === 0) return '';
  const efs = [...new Set(HNSW_SWEEP.rows.flatMap((r) => r.points.map((p) => p.ef)))].sort((a, b) => a - b);
  const cell = (r: (typeof HNSW_SWEEP.rows)[number], ef: number) => {
    const p = r.points.find((x) => x.ef === ef);
    return p ? `${p.recall.toFixed(3)}${p.recall >= TARGETS.recallAt10 ? ' ✓' : ''} · ${p.p95Ms.toFixed(1)}` : '';
  };
  return `
**Build-settings sweep** (not part of this run: \`${HNSW_SWEEP.command}\` on ${HNSW_SWEEP.date}, ${int(HNSW_SWEEP.chunks)} chunks, same seed and
questions; one index per row, recall@10 against exact search · search p95 in ms, k 10, \`searchKnn\` on the raw hnswlib index):

| M | efConstruction | build s | ${efs.map((ef) => `ef ${ef}`).join(' | ')} |
|---:|---:|---:|${efs.map(() => '---:').join('|')}|
${HNSW_SWEEP.rows.map((r) => `| ${r.m} | ${r.efConstruction} | ${r.buildS.toFixed(0)} | ${efs.map((ef) => cell(r, ef)).join(' | ')} |`).join('\n')}

${HNSW_SWEEP.conclusion}
`;
}
