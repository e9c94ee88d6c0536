import path from 'node:path';
import { format } from 'node:util';
import type { ReindexSummary } from '../answer/assistant.js';
import { loadConfig, loadDotEnv } from '../config/index.js';
import { auditCorpus } from '../ingest/audit-corpus.js';
import type { ReindexResult } from '../jobs/job-runner.js';
import { checkCorpusDir, checkDataDir } from './check-settings.js';
import { exitWithUsage, parseCommandLine, type CommandSpec } from './command-line.js';
import { formatAuditTable } from './format-audit.js';
import { createProgressReporter } from './progress-reporter.js';
import { exitWithError } from './report-error.js';

/** Every flag of `npm run ingest`, its help and examples in one place (src/cli/command-line.ts). */
export const INGEST_COMMAND = {
  invocation: 'npm run ingest --',
  summary:
    'CORPUS_DIR\'deki belgelerden dizini kurar ya da günceller (artımlı: değişmeyen belgeler yeniden okunmaz). Okunamayan dosyalar nedeniyle listelenir, geri kalanı dizinlenir.',
  flags: {
    yeniden: { type: 'boolean', default: false, description: 'dizini baştan kurar (sürüm yükseltmesinden sonra ya da önbelleği dışlamak için)' },
    full: { type: 'boolean', default: false, description: '--yeniden ile aynı' },
    audit: { type: 'boolean', default: false, description: 'dizin kurmadan her belgenin başlık, tür, tarih, madde, ek, sayfa ve uyarılarını yazar' },
    json: { type: 'boolean', default: false, description: '--audit ile: satır başına bir JSON nesnesi' },
  },
  examples: [
    ['npm run ingest', 'yeni ve değişen belgeleri dizine ekler'],
    ['npm run ingest -- --yeniden', 'bütün dizini baştan kurar'],
    ['npm run ingest -- --audit', 'her belgenin nasıl okunduğunu tablo olarak gösterir (dizin kurulmaz)'],
    ['npm run -s ingest -- --audit --json > denetim.jsonl', 'aynısı, belge başına bir JSON satırı'],
  ],
  notes: [
    'Bir bot ya da npm run worker çalışıyorsa iş kuyruğa alınır ve sırası beklenir. Yönetici rehberi: docs/ADMIN.md',
    'Çıkış kodları: 0 tamam, 1 dizin kurulamadı (önceki dizin kullanılmaya devam eder), 2 hatalı kullanım.',
  ],
} as const satisfies CommandSpec;

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
  const { values: options } = parseCommandLine(INGEST_COMMAND);
  if (options.json && !options.audit) exitWithUsage(INGEST_COMMAND, '--json yalnızca --audit ile kullanılır.');
  loadDotEnv();
  const config = loadConfig();
  const repoRoot = process.cwd();
  // Building needs the documents: a wrong CORPUS_DIR is named before any work starts.
  await checkCorpusDir(config, repoRoot, { evenWithIndex: true });
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
  await checkDataDir(config, repoRoot);
  // The job queue pulls in the index lifecycle and the store: loaded only when building.
  const { runCliJob } = await import('../jobs/run-cli-job.js');
  const progress = createProgressReporter();
  const job = await runCliJob({
    config,
    repoRoot,
    kind: 'reindex',
    payload: { full: Boolean(options.yeniden || options.full) },
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
