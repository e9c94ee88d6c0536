import type { Job, JobProgress, Store } from '../store/index.js';

export interface WaitForJobOptions {
  pollMs?: number;
  onProgress?: (progress: JobProgress, job: Job) => void;
  /** Called once when the job is still queued after `stalledAfterMs` and no worker holds the lease. */
  onStalled?: (job: Job) => void;
  stalledAfterMs?: number;
  hasLiveWorker?: () => Promise<boolean>;
}

/** Polls until the job (or the job it was merged into) is done or failed, and returns that job. */
export async function waitForJob(store: Store, id: number, options: WaitForJobOptions = {}): Promise<Job> {
  const started = Date.now();
  let lastProgress = '';
  let stalledSaid = false;
  for (;;) {
    const job = await store.jobs.outcome(id);
    if (!job) throw new Error(`Dizin işi #${id} bulunamadı.`);
    if (job.state === 'done' || job.state === 'failed') return job;
    if (job.progress && options.onProgress) {
      const key = JSON.stringify(job.progress);
      if (key !== lastProgress) options.onProgress(job.progress, job);
      lastProgress = key;
    }
    if (!stalledSaid && job.state === 'queued' && options.onStalled && Date.now() - started > (options.stalledAfterMs ?? 10_000)) {
      if (!(await options.hasLiveWorker?.())) {
        stalledSaid = true;
        options.onStalled(job);
      }
    }
    await new Promise((r) => setTimeout(r, options.pollMs ?? 250));
  }
}
