import path from 'node:path';
import { loadConfig } from '../config/index.js';
import { buildIndex } from '../ingest/build-index.js';
import { indexExtras } from '../answer/tool-wiring.js';
import { createEmbeddings } from '../retrieval/create-embeddings.js';
import { IndexStore } from '../retrieval/index-store.js';
import { createProgressReporter } from './progress-reporter.js';
import { exitWithError } from './report-error.js';

const USAGE = 'Kullanım: npm run ingest [-- --yeniden]   (--yeniden: dizini baştan kurar)';

/** `npm run ingest`: incremental; an unchanged corpus is a no-op. Bad files are listed, the rest indexed. */
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
  const repoRoot = process.cwd();
  const progress = createProgressReporter();
  const summary = await buildIndex({
    repoRoot,
    corpusDir: path.resolve(repoRoot, config.CORPUS_DIR),
    store: new IndexStore(path.resolve(repoRoot, config.DATA_DIR)),
    embedder: await createEmbeddings(config),
    extras: indexExtras,
    onProgress: progress.onProgress,
    full: args.some(isFullFlag),
  });
  progress.stop();
  const out = process.stdout;
  if (!summary.rebuilt) out.write(`Dizin güncel: ${summary.documents} belge, ${summary.chunks} parça (değişiklik yok).\n`);
  else {
    out.write(`Dizin oluşturuldu: ${summary.documents} belge, ${summary.chunks} parça, ${(summary.durationMs / 1000).toFixed(1)} sn.\n`);
    const list = (label: string, items: string[]) => items.length && out.write(`  ${label}: ${items.join(', ')}\n`);
    list('eklenen', summary.added);
    list('değişen', summary.changed);
    list('kaldırılan', summary.removed);
  }
  for (const f of summary.failed) out.write(`  ⚠ ${f.reason}\n`);
}

main().catch((error) => exitWithError(error));
