import fs from 'node:fs/promises';
import path from 'node:path';
import { IndexStore } from '../retrieval/index-store.js';
import { folderBytes, replicateCorpus } from './replicate-corpus.js';
import { runBuild, runProbe } from './run-probe.js';
import type { BreakdownResult, ProbeResult } from './serve-probe.js';

export interface ScaleRow {
  label: string;
  targetChunks: number;
  copies: number;
  files: number;
  corpusBytes: number;
  documents: number;
  chunks: number;
  /** Read-and-clean floor of the same files, in the build's process, just before it. */
  floorMs: number | null;
  /** The default build (no vectors: the offline embedder's dense vote is 0). */
  ingestMs: number;
  buildPeakRssMb: number;
  /** Adding the vector files and hnswlib graph afterwards (what serve-probe measures hnswlib on). */
  vectorsMs: number | null;
  indexBytes: number;
  vectorKind: string;
  probe: ProbeResult;
  breakdown: BreakdownResult | null;
}

export interface ScaleOptions {
  repoRoot: string;
  sourceDir: string;
  /** Where the replicated corpus and its index go (removed by the caller). */
  workDir: string;
  targetChunks: number;
  /** Chunks per byte of the source corpus as it is (from its own ingest). */
  chunksPerByte: number;
  questions: number;
  budgetMs: number;
  exact: boolean;
  nativeExact?: boolean;
  breakdown?: boolean;
  efs?: number[];
  log?: (line: string) => void;
  /** Build the vector files too (hnswlib and exact-search figures); the offline default serves without them. */
  vectors?: boolean;
}

/**
 * The real corpus replicated (distinct files, ids and titles) to about `targetChunks` chunks, ingested in a
 * process of its own, then served by a fresh process: ingest time against the read-and-clean floor, index
 * size, load time, memory, latencies.
 */
export async function benchScale(options: ScaleOptions): Promise<ScaleRow & { corpusDir: string; dataDir: string }> {
  const log = options.log ?? (() => {});
  const corpusDir = path.join(options.workDir, 'corpus');
  const dataDir = path.join(options.workDir, 'data');
  await fs.rm(options.workDir, { recursive: true, force: true });
  const replica = await replicateCorpus(options.sourceDir, corpusDir, Math.round(options.targetChunks / options.chunksPerByte));
  const label = `${(options.targetChunks / 1000).toLocaleString('en-US')}k`;
  log(`${label}: ${replica.files} dosya (${replica.copies} kopya, ${(replica.bytes / 1024 / 1024).toFixed(0)} MB) dizinleniyor…`);
  const build = await runBuild(options.repoRoot, { repoRoot: options.workDir, corpusDir, dataDir, floor: true, vectors: options.vectors ?? true });
  const buildDir = (await new IndexStore(dataDir).currentBuildDir())!;
  // A build for the offline embedder may hold no vector files (nothing searches them).
  const vectorKind = await fs.readFile(path.join(buildDir, 'vector', 'args.json'), 'utf8').then((json) => (JSON.parse(json) as { kind: string }).kind, () => 'none');
  log(`${label}: ${build.chunks.toLocaleString('en-US')} parça; sunucu süreci ölçülüyor…`);
  const breakdown = options.breakdown ? await runProbe(options.repoRoot, { mode: 'breakdown', dataDir }) : null;
  const probe = await runProbe(options.repoRoot, {
    mode: 'serve', dataDir, questions: options.questions, budgetMs: options.budgetMs, exact: options.exact, nativeExact: options.nativeExact, efs: options.efs,
  });
  return {
    label,
    targetChunks: options.targetChunks,
    copies: replica.copies,
    files: replica.files,
    corpusBytes: replica.bytes,
    documents: build.documents,
    chunks: build.chunks,
    floorMs: build.floorMs,
    ingestMs: build.ingestMs,
    buildPeakRssMb: build.peakRssMb,
    vectorsMs: build.vectorsMs,
    indexBytes: await folderBytes(buildDir),
    vectorKind,
    probe,
    breakdown,
    corpusDir,
    dataDir,
  };
}
