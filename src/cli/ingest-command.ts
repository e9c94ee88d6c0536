import path from 'node:path';
import { format, parseArgs } from 'node:util';
import type { ReindexSummary } from '../answer/assistant.js';
import { loadConfig } from '../config/index.js';
import { auditCorpus } from '../ingest/audit-corpus.js';
import type { ReindexResult } from '../jobs/job-runner.js';
import { formatAuditTable } from './format-audit.js';
import { createProgressReporter } from './progress-reporter.js';
import { exitWithError } from './report-error.js';

/** Every flag of `npm run ingest`, in one place (a `--help` can be generated from it). */
export const INGEST_OPTIONS = {
  yeniden: { type: 'boolean', default: false, description: 'dizini baştan kurar (sürüm yükseltmesinden sonra)' },
  full: { type: 'boolean', default: false, description: '--yeniden ile aynı' },
  audit: { type: 'boolean', default: false, description: 'dizin kurmadan her belgenin başlık, tür, tarih, madde, ek, sayfa ve uyarılarını yazar' },
  json: { type: 'boolean', default: false, description: '--audit ile: satır başına bir JSON nesnesi' },
} as const;

const USAGE = `Kullanım: npm run ingest [-- --yeniden | --audit [--json]]
${Object.entries(INGEST_OPTIONS)
  .map(([name, o]) => `  --${name.padEnd(8)} ${o.description}`)
  .join('\n')}`;

class UsageError extends Error {}

function readOptions(argv: string[]) {
  try {
    const { values } = parseArgs({
      args: argv,
      options: Object.fromEntries(Object.entries(INGEST_OPTIONS).map(([k, { type, default: d }]) => [k, { type, default: d }])),
      strict: true,
      allowPositionals: false,
    });
    const options = values as { [K in keyof typeof INGEST_OPTIONS]: boolean };
    if (options.json && !options.audit) throw new UsageError('--json yalnızca --audit ile kullanılır.');
    return options;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(error instanceof Error ? error.message.replace(/^Unknown option '([^']+)'.*$/su, 'Bilinmeyen seçenek: $1') : String(error));
  }
}

function printSummary(result: ReindexResult): void {
  const summary: ReindexSummary = result.summary;
  const out = process.stdout;
  if (!result.rebuilt) out.write(`Dizin güncel: ${result.documents} belge, ${result.chunks} parça (değişiklik yok).\n`);
  else {
    out.write(`Dizin oluşturuldu: ${result.documents} belge, ${result.chunks} parça, ${(summary.durationMs / 1000).toFixed(1)} sn.\n`);
    const list = (label: string, items: string[]) => items.length && out.write(`  ${label}: ${items.join(', ')}\n`);
    list('eklenen', summary.added);
    list('değişen', summary.changed);
    list('kaldırılan', summary.removed);
  }
  for (const d of summary.duplicates ?? []) out.write(`  ⧉ ${d.source}: ${d.of} ile aynı içerik; bir kez dizinlendi.\n`);
  for (const f of summary.failed) out.write(`  ⚠ ${f.reason}\n`);
}

/**
 * `npm run ingest`: incremental; an unchanged corpus is a no-op. Bad files are listed with the reason,
 * copies of another file too; the rest is indexed. The build is a job on the shared queue: with a bot or
 * worker running it waits its turn, never failing next to another. `--audit` reads the corpus without
 * building anything.
 */
async function main(): Promise<void> {
  let options;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const config = loadConfig();
  const repoRoot = process.cwd();
  if (options.audit) {
    // stdout carries only the audit (a script parses --json line by line): whatever a library prints
    // while reading files (pdf.js font warnings) goes to stderr.
    console.log = console.info = console.warn = (...args: unknown[]) => process.stderr.write(`${format(...args)}\n`);
    const corpusDir = path.resolve(repoRoot, config.CORPUS_DIR);
    const rows = await auditCorpus({ repoRoot, corpusDir });
    if (options.json) process.stdout.write(rows.map((r) => `${JSON.stringify(r)}\n`).join(''));
    else process.stdout.write(formatAuditTable(rows, corpusDir));
    return;
  }
  // The job queue pulls in the index lifecycle and the store: loaded only when building.
  const { runCliJob } = await import('../jobs/run-cli-job.js');
  const progress = createProgressReporter();
  const job = await runCliJob({
    config,
    repoRoot,
    kind: 'reindex',
    payload: { full: options.yeniden || options.full },
    onProgress: progress.onProgress,
    onNotice: (message) => process.stderr.write(`${message}\n`),
  });
  progress.stop();
  if (job.state === 'failed') {
    process.stderr.write(`Hata: Dizin oluşturulamadı: ${job.error ?? 'bilinmeyen hata'}\nÖnceki dizin (varsa) kullanılmaya devam ediyor.\n`);
    process.exitCode = 1;
    return;
  }
  printSummary(job.result as ReindexResult);
}

main().catch((error) => exitWithError(error));
