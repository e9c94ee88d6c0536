import fs from 'node:fs/promises';
import type { Job, Store } from '../store/index.js';
import type { BuildProgress } from '../ingest/build-index.js';
import type { AddResult, JobRunner, ReindexResult, RemoveResult } from './job-runner.js';

export const WORKER_LEASE = 'index-worker';
const LEASE_TTL_MS = 30_000;

export interface IndexWorkerOptions {
  store: Store;
  runner: JobRunner;
  /** This process's id (newProcessId()). */
  id: string;
  pollMs?: number;
  log?: (message: string) => void;
}

/**
 * The one index worker: whichever process holds the `index-worker` lease takes queued jobs in order and runs
 * them (each build in a child process, under the build lock). Bots run one by default; `npm run worker` is
 * the dedicated one; `npm run ingest` runs one while its own job is pending if nobody else does. A worker that
 * dies loses the lease and its running job goes back to the queue.
 */
export class IndexWorker {
  #timer: NodeJS.Timeout | null = null;
  #busy: Promise<void> | null = null;
  #holding = false;
  #stopped = false;

  constructor(private readonly options: IndexWorkerOptions) {}

  get holdsLease(): boolean {
    return this.#holding;
  }

  start(): void {
    this.#stopped = false;
    const tick = () => {
      if (this.#stopped) return;
      this.#busy ??= this.tick()
        .catch((error: unknown) => this.options.log?.(`Dizin işçisi hatası: ${(error as Error).message}`))
        .finally(() => {
          this.#busy = null;
        });
    };
    this.#timer = setInterval(tick, this.options.pollMs ?? 500);
    this.#timer.unref();
    tick();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearInterval(this.#timer);
    await this.#busy;
    if (this.#holding) await this.options.store.leases.release(WORKER_LEASE, this.options.id).catch(() => undefined);
    this.#holding = false;
  }

  /** One round: renew or take the lease, then run every queued job. */
  async tick(): Promise<void> {
    const { store, id } = this.options;
    const had = this.#holding;
    this.#holding = await store.leases.acquire(WORKER_LEASE, id, LEASE_TTL_MS);
    if (!this.#holding) return;
    if (!had) {
      const requeued = await store.jobs.requeueOrphans(id);
      if (requeued > 0) this.options.log?.(`Yarıda kalan ${requeued} dizin işi yeniden kuyruğa alındı.`);
    }
    for (;;) {
      if (this.#stopped) return;
      const job = await store.jobs.claimNext(id);
      if (!job) return;
      await this.#run(job);
      await store.leases.acquire(WORKER_LEASE, id, LEASE_TTL_MS);
    }
  }

  async #run(job: Job): Promise<void> {
    const { store, runner } = this.options;
    let lastWrite = 0;
    const renew = setInterval(() => void store.leases.acquire(WORKER_LEASE, this.options.id, LEASE_TTL_MS).catch(() => undefined), LEASE_TTL_MS / 3);
    renew.unref();
    const hooks = {
      onProgress: (progress: BuildProgress) => {
        const now = Date.now();
        if (now - lastWrite < 500 && progress.done !== progress.total) return;
        lastWrite = now;
        void store.jobs.setProgress(job.id, progress).catch(() => undefined);
      },
    };
    this.options.log?.(`Dizin işi #${job.id} (${job.kind}) başladı; isteyen: ${job.requestedBy}`);
    try {
      const result = await this.#dispatch(job, hooks);
      await store.jobs.finish(job.id, result);
      await store.audit.add({ actor: job.requestedBy, ...auditOf(job, result) });
      this.options.log?.(`Dizin işi #${job.id} bitti.`);
    } catch (error) {
      const reason = (error as Error).message ?? String(error);
      await store.jobs.fail(job.id, reason);
      await store.audit.add({ actor: job.requestedBy, action: actionOf(job), target: targetOf(job), detail: `başarısız: ${reason}` });
      this.options.log?.(`Dizin işi #${job.id} başarısız: ${reason}`);
    } finally {
      clearInterval(renew);
      if (job.kind === 'add-document' && typeof job.payload.stagedFile === 'string') {
        await fs.rm(job.payload.stagedFile, { force: true }).catch(() => undefined);
      }
    }
  }

  async #dispatch(job: Job, hooks: { onProgress: (p: BuildProgress) => void }): Promise<unknown> {
    const { runner } = this.options;
    switch (job.kind) {
      case 'reindex':
        return runner.reindex(job.payload.full === true, hooks);
      case 'add-document': {
        const bytes = await fs.readFile(String(job.payload.stagedFile));
        return runner.add(String(job.payload.fileName), bytes, hooks);
      }
      case 'remove-document':
        return runner.remove(String(job.payload.id), hooks);
    }
  }
}

function actionOf(job: Job): string {
  return { reindex: 'dizin-yenile', 'add-document': 'belge-ekle', 'remove-document': 'belge-sil' }[job.kind];
}

function targetOf(job: Job): string | null {
  if (job.kind === 'add-document') return String(job.payload.fileName ?? '');
  if (job.kind === 'remove-document') return String(job.payload.id ?? '');
  return job.payload.full === true ? 'tam' : null;
}

function auditOf(job: Job, result: unknown): { action: string; target: string | null; detail: string | null } {
  const action = actionOf(job);
  if (job.kind === 'reindex') {
    const r = result as ReindexResult;
    const s = r.summary;
    return { action, target: targetOf(job), detail: `${r.version}: +${s.added.length} ~${s.changed.length} -${s.removed.length}, ${r.documents} belge` };
  }
  if (job.kind === 'add-document') {
    const d = (result as AddResult).document;
    const note = d.duplicateOf ? ` (aynısı zaten vardı: ${d.duplicateOf})` : d.versionOf ? ` (${d.versionOf} adı doluydu)` : '';
    return { action, target: targetOf(job), detail: `${d.id} olarak eklendi${note}` };
  }
  const r = result as RemoveResult;
  return { action, target: r.id, detail: r.removed ? 'kaldırıldı' : 'böyle bir belge yok' };
}
