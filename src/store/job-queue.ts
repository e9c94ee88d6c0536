import type { Database } from './database.js';

export type JobKind = 'reindex' | 'add-document' | 'remove-document';
export type JobState = 'queued' | 'running' | 'done' | 'failed' | 'merged';

export interface JobProgress {
  phase: string;
  done: number;
  total: number;
}

export interface Job {
  id: number;
  kind: JobKind;
  payload: Record<string, unknown>;
  state: JobState;
  requestedBy: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  worker: string | null;
  progress: JobProgress | null;
  result: unknown;
  error: string | null;
  /** A re-index request answered by another job's build (queued while that one had not started). */
  mergedInto: number | null;
}

interface JobRow {
  [k: string]: unknown;
  id: number;
  kind: JobKind;
  payload: string;
  state: JobState;
  requested_by: string;
  created_at: number;
  started_at: number | null;
  finished_at: number | null;
  worker: string | null;
  progress: string | null;
  result: string | null;
  error: string | null;
  merged_into: number | null;
}

const iso = (ms: number | null) => (ms === null || ms === undefined ? null : new Date(Number(ms)).toISOString());

function toJob(r: JobRow): Job {
  return {
    id: Number(r.id),
    kind: r.kind,
    payload: JSON.parse(r.payload) as Record<string, unknown>,
    state: r.state,
    requestedBy: r.requested_by,
    createdAt: iso(r.created_at)!,
    startedAt: iso(r.started_at),
    finishedAt: iso(r.finished_at),
    worker: r.worker,
    progress: r.progress ? (JSON.parse(r.progress) as JobProgress) : null,
    result: r.result ? (JSON.parse(r.result) as unknown) : null,
    error: r.error,
    mergedInto: r.merged_into === null ? null : Number(r.merged_into),
  };
}

/**
 * Index jobs (re-index, add, remove) in one table on the same database as the rest of the state: whoever asks
 * (CLI, /dizin yenile, an upload, a bot's start-up) enqueues; the one worker holding the index-worker lease
 * claims them in order. pg-boss would do this on PostgreSQL only; a table works on both engines.
 */
export class JobQueue {
  constructor(
    private readonly db: Database,
    private readonly now: () => number,
  ) {}

  async enqueue(kind: JobKind, payload: Record<string, unknown>, requestedBy: string): Promise<Job> {
    const [row] = await this.db.query<JobRow>(
      `INSERT INTO jobs (kind, payload, full_rebuild, state, requested_by, created_at) VALUES ($1, $2, $3, 'queued', $4, $5) RETURNING *`,
      [kind, JSON.stringify(payload), payload.full === true ? 1 : 0, requestedBy, this.now()],
    );
    return toJob(row!);
  }

  /**
   * Takes the oldest queued job. A re-index also answers every re-index queued behind it (they asked for the
   * same thing before this build read the corpus), so N simultaneous requests end in one new version.
   */
  async claimNext(worker: string): Promise<Job | null> {
    const [row] = await this.db.query<JobRow>(
      `UPDATE jobs SET state = 'running', worker = $1, started_at = $2
       WHERE id = (SELECT id FROM jobs WHERE state = 'queued' ORDER BY id LIMIT 1) AND state = 'queued'
       RETURNING *`,
      [worker, this.now()],
    );
    if (!row) return null;
    const job = toJob(row);
    if (job.kind === 'reindex') {
      // A full rebuild answers incremental requests too; an incremental one does not answer a full request.
      await this.db.query(
        `UPDATE jobs SET state = 'merged', merged_into = $1, finished_at = $2
         WHERE state = 'queued' AND kind = 'reindex' AND full_rebuild <= $3`,
        [job.id, this.now(), job.payload.full === true ? 1 : 0],
      );
    }
    return job;
  }

  async setProgress(id: number, progress: JobProgress): Promise<void> {
    await this.db.query('UPDATE jobs SET progress = $1 WHERE id = $2', [JSON.stringify(progress), id]);
  }

  async finish(id: number, result: unknown): Promise<void> {
    await this.db.query(`UPDATE jobs SET state = 'done', result = $1, finished_at = $2 WHERE id = $3`, [JSON.stringify(result ?? null), this.now(), id]);
  }

  async fail(id: number, error: string): Promise<void> {
    await this.db.query(`UPDATE jobs SET state = 'failed', error = $1, finished_at = $2 WHERE id = $3`, [error, this.now(), id]);
  }

  /** Jobs left 'running' by a worker that died go back to the queue (called by the new lease holder). */
  async requeueOrphans(currentWorker: string): Promise<number> {
    const rows = await this.db.query(
      `UPDATE jobs SET state = 'queued', worker = NULL, started_at = NULL WHERE state = 'running' AND worker <> $1 RETURNING id`,
      [currentWorker],
    );
    return rows.length;
  }

  async get(id: number): Promise<Job | null> {
    const [row] = await this.db.query<JobRow>('SELECT * FROM jobs WHERE id = $1', [id]);
    return row ? toJob(row) : null;
  }

  /** Follows a merged job to the job whose build answered it. */
  async outcome(id: number): Promise<Job | null> {
    let job = await this.get(id);
    for (let hops = 0; job?.state === 'merged' && job.mergedInto !== null && hops < 10; hops += 1) job = await this.get(job.mergedInto);
    return job;
  }

  /** Queued and running jobs, then the most recent finished ones. */
  async overview(recent = 5): Promise<Job[]> {
    const active = await this.db.query<JobRow>(`SELECT * FROM jobs WHERE state IN ('queued', 'running') ORDER BY id`);
    const done = await this.db.query<JobRow>(`SELECT * FROM jobs WHERE state NOT IN ('queued', 'running') ORDER BY id DESC LIMIT $1`, [recent]);
    return [...active, ...done].map(toJob);
  }

  async deleteFinishedBefore(cutoff: number): Promise<number> {
    return (await this.db.query(`DELETE FROM jobs WHERE state NOT IN ('queued', 'running') AND finished_at < $1 RETURNING id`, [cutoff])).length;
  }
}
