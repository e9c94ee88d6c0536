import { loadConfig } from '../config/index.js';
import type { ReindexResult } from '../jobs/job-runner.js';
import { runCliJob } from '../jobs/run-cli-job.js';
import { createProgressReporter } from './progress-reporter.js';
import { exitWithError } from './report-error.js';

const USAGE = 'Kullanım: npm run ingest [-- --yeniden]   (--yeniden: dizini baştan kurar)';

/**
 * `npm run ingest`: incremental; an unchanged corpus is a no-op. Bad files are listed, the rest indexed. The build
 * is a job on the shared queue: with a bot or worker running it waits its turn, never failing next to another.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const isFullFlag = (a: string) => a === '--yeniden' || a === '--full';
  const unknown = args.filter((a) => !isFullFlag(a));
  if (unknown.length > 0) {
    process.stderr.write(`Bilinmeyen seçenek: ${unknown.join(' ')}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const config = loadConfig();
  const progress = createProgressReporter();
  const job = await runCliJob({
    config,
    repoRoot: process.cwd(),
    kind: 'reindex',
    payload: { full: args.some(isFullFlag) },
    onProgress: progress.onProgress,
    onNotice: (message) => process.stderr.write(`${message}\n`),
  });
  progress.stop();
  if (job.state === 'failed') {
    process.stderr.write(`Hata: Dizin oluşturulamadı: ${job.error ?? 'bilinmeyen hata'}\nÖnceki dizin (varsa) kullanılmaya devam ediyor.\n`);
    process.exitCode = 1;
    return;
  }
  const result = job.result as ReindexResult;
  const summary = result.summary;
  const out = process.stdout;
  if (!result.rebuilt) out.write(`Dizin güncel: ${result.documents} belge, ${result.chunks} parça (değişiklik yok).\n`);
  else {
    out.write(`Dizin oluşturuldu: ${result.documents} belge, ${result.chunks} parça, ${(summary.durationMs / 1000).toFixed(1)} sn.\n`);
    const list = (label: string, items: string[]) => items.length && out.write(`  ${label}: ${items.join(', ')}\n`);
    list('eklenen', summary.added);
    list('değişen', summary.changed);
    list('kaldırılan', summary.removed);
  }
  for (const f of summary.failed) out.write(`  ⚠ ${f.reason}\n`);
}

main().catch((error) => exitWithError(error));
