import os from 'node:os';
import path from 'node:path';
import type { Config } from '../config/index.js';
import type { BuildProgress } from '../ingest/build-index.js';
import { createIndexBuilder } from '../indexing/index-builder.js';
import { IndexStore } from '../retrieval/index-store.js';
import { newProcessId, openStore, type Job, type JobKind } from '../store/index.js';
import { IndexWorker, WORKER_LEASE } from './index-worker.js';
import { builderJobRunner } from './job-runner.js';
import { waitForJob } from './wait-for-job.js';

export interface CliJobOptions {
  config: Config;
  repoRoot: string;
  kind: JobKind;
  payload: Record<string, unknown>;
  onProgress?: (progress: BuildProgress) => void;
  /** One-line notices for stderr (queued behind a running worker, …). */
  onNotice?: (message: string) => void;
}

/** `cli:<user>@<host>` — who asked, for the audit log. */
export function cliActor(): string {
  let user = 'bilinmeyen';
  try {
    user = os.userInfo().username;
  } catch {
    // no passwd entry (containers): keep the placeholder
  }
  return `cli:${user}@${os.hostname()}`;
}

/**
 * How the command line changes the index: it queues a job like everyone else. If a worker is running (a bot, or
 * `npm run worker`), the CLI waits for it and prints its progress; otherwise it becomes the worker until its job
 * is done. Either way, concurrent runs are serialised and none fails because another is building.
 */
export async function runCliJob(options: CliJobOptions): Promise<Job> {
  const { config, repoRoot } = options;
  const dataDir = path.resolve(repoRoot, config.DATA_DIR);
  const store = await openStore({ databaseUrl: config.DATABASE_URL, dataDir, retentionDays: config.FEEDBACK_RETENTION_DAYS });
  let worker: IndexWorker | null = null;
  try {
    const job = await store.jobs.enqueue(options.kind, options.payload, cliActor());
    const holder = await store.leases.liveHolderOf(WORKER_LEASE);
    if (holder) {
      options.onNotice?.(`Dizinleme isteği kuyruğa alındı (iş #${job.id}); çalışan dizin işçisi (${holder}) işleyecek, bekleniyor…`);
    } else {
      const runner = builderJobRunner(createIndexBuilder({ config, repoRoot }), new IndexStore(dataDir));
      worker = new IndexWorker({ store, runner, id: newProcessId(), pollMs: 200 });
      worker.start();
    }
    const done = await waitForJob(store, job.id, {
      onProgress: (progress) => options.onProgress?.(progress as BuildProgress),
    });
    if (done.id !== job.id) options.onNotice?.(`İstek, aynı anda kuyruğa giren iş #${done.id} ile birlikte karşılandı.`);
    return done;
  } finally {
    await worker?.stop();
    await store.close();
  }
}
