import os from 'node:os';
import type { AnnResult } from './bench-ann.js';
import type { IngestResult } from './bench-ingest.js';
import type { JsonlLoadResult, SlackLoadResult } from './bench-load.js';
import type { RealCorpusResult } from './bench-real-corpus.js';
import type { ScaleRow } from './bench-scale.js';

/** The goals of issue #15, each checked against one run's figures. */
export const TARGETS = {
  ingestShareOfFloor: 0.7,
  rssMb100k: 600,
  loadMs100k: 300,
  retrievalP95Ms100k: 10,
  answerP95Ms100k: 25,
  recallAt10: 0.97,
  speedUpVsExact: 20,
  rssMb1m: 4096,
  retrievalP95Ms1m: 30,
  ackP99Ms: 300,
  atChunks: 100_000,
} as const;

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

/** A million-chunk row measured by an earlier `npm run bench -- --million` (too slow for every run). */
export interface SavedMillion {
  date: string;
  command: string;
  loadavg: number[];
  row: ScaleRow;
}

export interface BenchReport {
  command: string;
  quick: boolean;
  machine: MachineInfo;
  /** os.loadavg() (1, 5, 15 min) when the run started and ended: the machine is shared. */
  loadavg: { start: number[]; end: number[] };
  totalSeconds: number;
  shipped: RealCorpusResult;
  /** The scale corpus as it is. */
  scale: IngestResult;
  /** Real text replicated to each size; the largest (100k in a full run) carries the serving figures. */
  growth: ScaleRow[];
  /** The 1M row when this run did not measure one. */
  savedMillion: SavedMillion | null;
  ann: AnnResult;
  slack: SlackLoadResult;
  jsonl: JsonlLoadResult;
}

export interface TargetCheck {
  name: string;
  goal: string;
  measured: string;
  met: boolean | null;
}

const int = (x: number) => x.toLocaleString('en-US');
const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');
export const mbPerS = (bytes: number, ms: number) => bytes / (1024 * 1024) / (ms / 1000);

/** The row the 100k targets are read from: the largest row up to a million chunks measured in this run. */
export function servingRow(report: Pick<BenchReport, 'growth'>): ScaleRow {
  const candidates = report.growth.filter((r) => r.targetChunks <= TARGETS.atChunks);
  return candidates.at(-1) ?? report.growth[0]!;
}

export function millionRow(report: Pick<BenchReport, 'growth' | 'savedMillion'>): { row: ScaleRow; saved: SavedMillion | null } | null {
  const measured = report.growth.find((r) => r.targetChunks >= 1_000_000);
  if (measured) return { row: measured, saved: null };
  return report.savedMillion ? { row: report.savedMillion.row, saved: report.savedMillion } : null;
}

export function servingPoint(ann: AnnResult) {
  return ann.sweep.find((p) => p.ef === ann.servingEf) ?? ann.sweep.at(-1)!;
}

export function checkTargets(report: BenchReport): TargetCheck[] {
  const row = servingRow(report);
  const at = row.chunks >= TARGETS.atChunks ? '' : ` (yalnız ${int(row.chunks)} parça)`;
  const share = report.scale.floorMs / report.scale.ingestMs;
  const point = servingPoint(report.ann);
  const million = millionRow(report);
  const checks: TargetCheck[] = [
    {
      name: 'Ingest throughput, share of the read+clean floor (scale corpus as it is)',
      goal: `≥ ${TARGETS.ingestShareOfFloor * 100} %`,
      measured: `${f1(share * 100)} % (${f1(mbPerS(report.scale.bytes, report.scale.ingestMs))} vs ${f1(mbPerS(report.scale.bytes, report.scale.floorMs))} MB/s)`,
      met: share >= TARGETS.ingestShareOfFloor,
    },
    { name: `RSS serving ${int(row.chunks)} chunks${at}`, goal: `≤ ${TARGETS.rssMb100k} MB`, measured: `${row.probe.afterQuestions.rssMb.toFixed(0)} MB`, met: row.probe.afterQuestions.rssMb <= TARGETS.rssMb100k },
    { name: `Index load, fresh process${at}`, goal: `≤ ${TARGETS.loadMs100k} ms`, measured: `${row.probe.loadMs.toFixed(0)} ms`, met: row.probe.loadMs <= TARGETS.loadMs100k },
    { name: `Hybrid retrieval p95${at}`, goal: `≤ ${TARGETS.retrievalP95Ms100k} ms`, measured: `${f1(row.probe.retrieval.p95)} ms`, met: row.probe.retrieval.p95 <= TARGETS.retrievalP95Ms100k },
    { name: `Full offline answer p95${at}`, goal: `≤ ${TARGETS.answerP95Ms100k} ms`, measured: `${f1(row.probe.answer.p95)} ms`, met: row.probe.answer.p95 <= TARGETS.answerP95Ms100k },
    {
      name: `hnswlib recall@10 at the serving ef ${point.ef} (${int(report.ann.chunks)} synthetic chunks)`,
      goal: `≥ ${TARGETS.recallAt10}`,
      measured: point.recallAt10.toFixed(3),
      met: point.recallAt10 >= TARGETS.recallAt10,
    },
    { name: 'hnswlib speed-up over exact search (p50)', goal: `≥ ×${TARGETS.speedUpVsExact}`, measured: `×${point.speedUp.toFixed(1)}`, met: point.speedUp >= TARGETS.speedUpVsExact },
    {
      name: `Slack: ${report.slack.concurrency} concurrent questions, ack p99 and every event answered`,
      goal: `≤ ${TARGETS.ackP99Ms} ms, ${report.slack.events}/${report.slack.events}`,
      measured: `${report.slack.ack.p99.toFixed(0)} ms, ${report.slack.answered}/${report.slack.events}`,
      met: report.slack.ack.p99 <= TARGETS.ackP99Ms && report.slack.answered === report.slack.events && report.slack.whileAnswering.answered === report.slack.whileAnswering.events,
    },
  ];
  if (million) {
    const tag = million.saved ? ` (saved run of ${million.saved.date})` : '';
    checks.push(
      { name: `RSS serving ${int(million.row.chunks)} chunks${tag}`, goal: `≤ ${TARGETS.rssMb1m} MB`, measured: `${million.row.probe.afterQuestions.rssMb.toFixed(0)} MB`, met: million.row.probe.afterQuestions.rssMb <= TARGETS.rssMb1m },
      { name: `Hybrid retrieval p95 at ${int(million.row.chunks)} chunks${tag}`, goal: `≤ ${TARGETS.retrievalP95Ms1m} ms`, measured: `${f1(million.row.probe.retrieval.p95)} ms`, met: million.row.probe.retrieval.p95 <= TARGETS.retrievalP95Ms1m },
    );
  } else {
    const projected = projectMillion(report.growth);
    const estimate = projected ? `; projected from the growth rows: RSS ${projected.rssMb.toFixed(0)} MB, p95 ${f1(projected.retrievalP95Ms)} ms` : '';
    checks.push({ name: 'A million chunks', goal: `RSS ≤ 4 GB, p95 ≤ ${TARGETS.retrievalP95Ms1m} ms`, measured: `not measured (npm run bench -- --million)${estimate}`, met: null });
  }
  return checks;
}

/** Growth figures extended linearly to a million chunks from the two largest rows measured (no measured 1M row). */
export interface MillionProjection {
  fromChunks: [number, number];
  ingestMs: number;
  buildPeakRssMb: number;
  indexBytes: number;
  loadMs: number;
  rssMb: number;
  retrievalP95Ms: number;
  bm25P95Ms: number;
  answerP95Ms: number;
}

export function projectMillion(growth: readonly ScaleRow[]): MillionProjection | null {
  const rows = [...growth].sort((a, b) => a.chunks - b.chunks).slice(-2);
  if (rows.length < 2 || rows[1]!.chunks <= rows[0]!.chunks) return null;
  const [a, b] = rows as [ScaleRow, ScaleRow];
  const at = (f: (r: ScaleRow) => number) => f(b) + ((f(b) - f(a)) * (1_000_000 - b.chunks)) / (b.chunks - a.chunks);
  return {
    fromChunks: [a.chunks, b.chunks],
    ingestMs: at((r) => r.ingestMs),
    buildPeakRssMb: at((r) => r.buildPeakRssMb),
    indexBytes: at((r) => r.indexBytes),
    loadMs: at((r) => r.probe.loadMs),
    rssMb: at((r) => r.probe.afterQuestions.rssMb),
    retrievalP95Ms: at((r) => r.probe.retrieval.p95),
    bm25P95Ms: at((r) => r.probe.bm25.p95),
    answerP95Ms: at((r) => r.probe.answer.p95),
  };
}

const round = (x: number | null | undefined, digits = 2) => (x === null || x === undefined || !Number.isFinite(x) ? null : Math.round(x * 10 ** digits) / 10 ** digits);

function rowJson(row: ScaleRow) {
  const p = row.probe;
  return {
    chunks: row.chunks,
    documents: row.documents,
    corpus_mb: round(row.corpusBytes / 1024 / 1024),
    ingest_s: round(row.ingestMs / 1000),
    ingest_mb_s: round(mbPerS(row.corpusBytes, row.ingestMs)),
    read_floor_mb_s: row.floorMs === null ? null : round(mbPerS(row.corpusBytes, row.floorMs)),
    build_peak_rss_mb: round(row.buildPeakRssMb, 0),
    index_mb: round(row.indexBytes / 1024 / 1024),
    vector_index: row.vectorKind,
    load_ms: round(p.loadMs, 1),
    warm_load_ms: round(p.warmLoadMs, 1),
    rss_mb_baseline: round(p.baseline.rssMb, 0),
    rss_mb_after_load: round(p.afterLoad.rssMb, 0),
    rss_mb: round(p.afterQuestions.rssMb, 0),
    retrieval_p50_ms: round(p.retrieval.p50),
    retrieval_p95_ms: round(p.retrieval.p95),
    bm25_p95_ms: round(p.bm25.p95),
    dense_p95_ms: round(p.dense.p95),
    exact_p95_ms: round(p.exact?.p95),
    native_exact_p95_ms: round(p.nativeExact?.p95),
    answer_p50_ms: round(p.answer.p50),
    answer_p95_ms: round(p.answer.p95),
    questions: p.questions,
    answered: p.answered,
    recall_at_10_with_ties: round(p.recall?.find((r) => r.ef === p.servingEf)?.recallAt10Ties, 3),
    memory_breakdown_mb: row.breakdown?.parts.map((part) => ({ part: part.part, rss_mb: round(part.rssMb, 1), on_disk_mb: round(part.onDiskMb, 1) })) ?? null,
  };
}

/** The `--json` contract: one object, every figure beside its same-run baseline, snake_case keys. */
export function reportJson(report: BenchReport): Record<string, unknown> {
  const row = servingRow(report);
  const point = servingPoint(report.ann);
  const million = millionRow(report);
  const scale = report.scale;
  return {
    quick: report.quick,
    command: report.command,
    date: report.machine.date,
    machine: report.machine,
    loadavg: { start: report.loadavg.start.map((x) => round(x)), end: report.loadavg.end.map((x) => round(x)) },
    total_s: round(report.totalSeconds, 0),
    // Ingest of the scale corpus as it is, beside its read+clean floor (medians of the same run).
    ingest_mb_s: round(mbPerS(scale.bytes, scale.ingestMs)),
    read_floor_mb_s: round(mbPerS(scale.bytes, scale.floorMs)),
    ingest_share_of_floor: round(scale.floorMs / scale.ingestMs, 3),
    ingest_ms: round(scale.ingestMs, 0),
    read_floor_ms: round(scale.floorMs, 0),
    noop_reingest_ms: round(scale.noopMs, 1),
    one_file_changed_reingest_ms: round(scale.oneChangedMs, 0),
    scale_corpus: { files: scale.files, mb: round(scale.bytes / 1024 / 1024), documents: scale.documents, chunks: scale.chunks, vector_index: scale.vectorKind, index_mb: round(scale.indexBytes / 1024 / 1024) },
    // Serving figures of the largest row up to 100k chunks (100k in a full run): real text, fresh process.
    at_chunks: row.chunks,
    rss_mb_100k: round(row.probe.afterQuestions.rssMb, 0),
    rss_mb_after_load_100k: round(row.probe.afterLoad.rssMb, 0),
    rss_mb_node_baseline: round(row.probe.baseline.rssMb, 0),
    load_ms_100k: round(row.probe.loadMs, 1),
    retrieval_p95_ms_100k: round(row.probe.retrieval.p95),
    bm25_p95_ms_100k: round(row.probe.bm25.p95),
    dense_p95_ms_100k: round(row.probe.dense.p95),
    exact_p95_ms_100k: round(row.probe.exact?.p95),
    answer_p95_ms_100k: round(row.probe.answer.p95),
    ingest_mb_s_100k: round(mbPerS(row.corpusBytes, row.ingestMs)),
    read_floor_mb_s_100k: row.floorMs === null ? null : round(mbPerS(row.corpusBytes, row.floorMs)),
    ingest_s_100k: round(row.ingestMs / 1000),
    index_mb_100k: round(row.indexBytes / 1024 / 1024),
    // hnswlib against exact search on synthetic text without duplicates.
    recall_at_10: round(point.recallAt10, 3),
    recall_at_10_with_ties: round(point.recallAt10Ties, 3),
    speedup_vs_exact: round(point.speedUp, 1),
    speedup_vs_native_exact: round(point.speedUpNative, 1),
    hnsw_p95_ms: round(point.latency.p95),
    exact_p95_ms: round(report.ann.exact.p95),
    native_exact_p95_ms: round(report.ann.nativeExact.p95),
    serving_ef: report.ann.servingEf,
    hnsw_m: report.ann.graph.m,
    hnsw_ef_construction: report.ann.graph.efConstruction,
    hnsw_build_s: round(report.ann.buildMs / 1000, 1),
    ann_chunks: report.ann.chunks,
    ef_sweep: report.ann.sweep.map((p) => ({ ef: p.ef, recall_at_10: round(p.recallAt10, 3), recall_at_10_with_ties: round(p.recallAt10Ties, 3), p50_ms: round(p.latency.p50), p95_ms: round(p.latency.p95), speedup_vs_exact: round(p.speedUp, 1) })),
    // Load: Slack HTTP endpoint and ask --jsonl over the same index.
    ack_p99_ms: round(report.slack.ack.p99, 1),
    ack_p50_ms: round(report.slack.ack.p50, 1),
    ack_p95_ms: round(report.slack.ack.p95, 1),
    /** Of the 50 sent at once, answered (the answer replaced its placeholder). */
    answered: report.slack.answered,
    slack_acked: report.slack.acked,
    // The server's own clock: request seen → response written (the rest of ack_* is reaching the server).
    ack_server_p99_ms: round(report.slack.timeline.serverAck.p99, 1),
    acks_after_first_answer: report.slack.timeline.acksAfterFirstAnswer,
    // The second wave, one request every spacing ms while the bot is answering.
    ack_p99_ms_while_answering: round(report.slack.whileAnswering.ack.p99, 1),
    ack_p50_ms_while_answering: round(report.slack.whileAnswering.ack.p50, 1),
    slack_answered_while_answering: report.slack.whileAnswering.answered,
    slack_spacing_ms: report.slack.whileAnswering.spacingMs,
    slack_concurrency: report.slack.concurrency,
    slack_events: report.slack.events,
    slack_answered: report.slack.answered,
    slack_answer_p95_ms: round(report.slack.answer.p95, 0),
    slack_wall_ms: round(report.slack.wallMs, 0),
    jsonl_questions: report.jsonl.questions,
    jsonl_answered: report.jsonl.answered,
    jsonl_questions_per_s: round(report.jsonl.questionsPerS, 1),
    jsonl_questions_per_s_with_start: round(report.jsonl.questionsPerSWithStart, 1),
    jsonl_first_answer_ms: round(report.jsonl.firstAnswerMs, 0),
    // The shipped corpus (with the eval questions), as before.
    shipped: {
      ingest_mb_s: round(mbPerS(report.shipped.bytes, report.shipped.ingestMs)),
      read_floor_mb_s: round(mbPerS(report.shipped.bytes, report.shipped.floorMs)),
      load_ms: round(report.shipped.loadMs, 1),
      retrieval_p95_ms: round(report.shipped.retrieval.p95),
      bm25_p95_ms: round(report.shipped.bm25Only.p95),
      answer_p95_ms: round(report.shipped.answer.p95),
      answered: report.shipped.answered,
      questions: report.shipped.answer.n,
    },
    growth: report.growth.map(rowJson),
    million: million ? { measured_in_this_run: million.saved === null, date: million.saved?.date ?? report.machine.date, ...rowJson(million.row) } : null,
    rss_mb_1m: million ? round(million.row.probe.afterQuestions.rssMb, 0) : null,
    load_ms_1m: million ? round(million.row.probe.loadMs, 0) : null,
    retrieval_p95_ms_1m: million ? round(million.row.probe.retrieval.p95) : null,
    ingest_s_1m: million ? round(million.row.ingestMs / 1000, 0) : null,
    // No measured million-chunk row: the growth rows extended linearly (a projection, never a measurement).
    million_projected: million ? null : (() => {
      const m = projectMillion(report.growth);
      return m && {
        from_chunks: m.fromChunks, ingest_s: round(m.ingestMs / 1000, 0), build_peak_rss_mb: round(m.buildPeakRssMb, 0), index_mb: round(m.indexBytes / 1024 / 1024, 0),
        load_ms: round(m.loadMs, 0), rss_mb: round(m.rssMb, 0), retrieval_p95_ms: round(m.retrievalP95Ms), bm25_p95_ms: round(m.bm25P95Ms), answer_p95_ms: round(m.answerP95Ms),
      };
    })(),
    targets: checkTargets(report),
  };
}
