import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { WORKER_LEASE } from '../jobs/index-worker.js';
import { waitForJob } from '../jobs/wait-for-job.js';
import type { Job, JobKind } from '../store/index.js';
import type { SlackDeps } from './slack-deps.js';

/** Raised when a job ends failed; the message is the worker's Turkish reason. */
export class IndexJobFailed extends Error {}

/**
 * Queues an index change for the one worker and waits for its outcome (a re-index queued behind another may be
 * answered by that one's build). When the job is done this instance swaps to the new version before replying,
 * so "now N documents" is what it serves.
 */
export async function runIndexJob(
  deps: SlackDeps,
  kind: JobKind,
  payload: Record<string, unknown>,
  requestedBy: string,
  onStalled?: (job: Job) => void,
): Promise<Job> {
  const queued = await deps.store.jobs.enqueue(kind, payload, requestedBy);
  const job = await waitForJob(deps.store, queued.id, {
    onStalled,
    hasLiveWorker: async () => (await deps.store.leases.liveHolderOf(WORKER_LEASE)) !== null,
  });
  if (job.state === 'failed') throw new IndexJobFailed(job.error ?? 'bilinmeyen hata');
  await deps.assistant.refresh?.().catch(() => false);
  return job;
}

/**
 * Puts uploaded bytes where the worker can read them: DATA_DIR/yuklemeler/ (the shared volume in a multi-host
 * deployment). The worker deletes the file when the job ends.
 */
export async function stageUpload(deps: SlackDeps, bytes: Buffer): Promise<string> {
  const folder = path.resolve(deps.config.DATA_DIR, 'yuklemeler');
  await fs.mkdir(folder, { recursive: true });
  const file = path.join(folder, `${randomUUID()}.bin`);
  await fs.writeFile(file, bytes);
  return file;
}
