import path from 'node:path';
import { loadConfig, loadDotEnv } from '../config/index.js';
import { createIndexBuilder } from '../indexing/index-builder.js';
import { IndexWorker } from '../jobs/index-worker.js';
import { builderJobRunner } from '../jobs/job-runner.js';
import { IndexStore } from '../retrieval/index-store.js';
import { newProcessId, openStore } from '../store/index.js';
import { parseCommandLine, type CommandSpec } from './command-line.js';
import { exitWithError } from './report-error.js';

export const WORKER_COMMAND = {
  invocation: 'npm run worker --',
  summary:
    'Çok süreçli kurulumun dizin işçisi: kuyruktaki dizin işlerini (npm run ingest, /dizin yenile, yüklemeler) sırayla çalıştırır ve her yeni dizin sürümünü yayımlar. Botlar o zaman INDEX_WORKER=off ile çalışır.',
  flags: {},
  examples: [
    ['npm run worker', 'işçiyi başlatır; Ctrl+C (SIGINT) ya da SIGTERM ile süren iş bitince durur'],
    ['INDEX_WORKER=off npm run slack', 'işçi ayrıyken botlar'],
  ],
  notes: ['Kurulum örnekleri (systemd, compose): docs/DEPLOY.md'],
} as const satisfies CommandSpec;

/**
 * `npm run worker`: the dedicated index worker of a multi-instance deployment (bots then run with
 * INDEX_WORKER=off). It holds the worker lease, runs queued jobs in order (each build in a child process) and
 * publishes new index versions that every bot swaps to. Stops cleanly on SIGINT/SIGTERM.
 */
async function main(): Promise<void> {
  parseCommandLine(WORKER_COMMAND);
  loadDotEnv();
  const config = loadConfig();
  const repoRoot = process.cwd();
  const dataDir = path.resolve(repoRoot, config.DATA_DIR);
  const store = await openStore({ databaseUrl: config.DATABASE_URL, dataDir, retentionDays: config.FEEDBACK_RETENTION_DAYS });
  const id = newProcessId();
  const indexStore = new IndexStore(dataDir);
  const log = (message: string) => process.stderr.write(`${new Date().toISOString()} ${message}\n`);
  const worker = new IndexWorker({ store, runner: builderJobRunner(createIndexBuilder({ config, repoRoot }), indexStore), id, log });
  const beat = async () => store.instances.heartbeat(id, 'worker', await indexStore.currentVersion());
  await beat();
  const heartbeat = setInterval(() => void beat().catch((e: unknown) => log(`Nabız yazılamadı: ${(e as Error).message}`)), 5_000);
  worker.start();
  log(`Dizin işçisi çalışıyor (${id}); veritabanı: ${store.db.location}`);
  const shutdown = (signal: string) => {
    log(`${signal} alındı, dizin işçisi duruyor (süren iş bitince)…`);
    clearInterval(heartbeat);
    worker
      .stop()
      .then(() => store.instances.remove(id))
      .then(() => store.close())
      .then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error) => exitWithError(error));
