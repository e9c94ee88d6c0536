import path from 'node:path';
import { AnswerRepository } from './answer-repository.js';
import { AuditLog } from './audit-log.js';
import { ChannelScopeRepository } from './channel-scope-repository.js';
import { Claims } from './claims.js';
import type { Database } from './database.js';
import { FeedbackRepository } from './feedback-repository.js';
import { InstanceRegistry } from './instance-registry.js';
import { JobQueue } from './job-queue.js';
import { Leases } from './leases.js';
import { MIGRATIONS } from './migrations.js';
import { Placeholders } from './placeholders.js';
import { PostgresDatabase } from './postgres-database.js';
import { RateLimits } from './rate-limits.js';
import { SqliteDatabase } from './sqlite-database.js';
import { ThreadRepository } from './thread-repository.js';

/** Every piece of state that must survive a restart and be shared by instances, on one database. */
export interface Store {
  readonly db: Database;
  readonly feedback: FeedbackRepository;
  readonly claims: Claims;
  readonly threads: ThreadRepository;
  readonly answers: AnswerRepository;
  readonly rateLimits: RateLimits;
  readonly audit: AuditLog;
  readonly jobs: JobQueue;
  readonly leases: Leases;
  readonly placeholders: Placeholders;
  readonly instances: InstanceRegistry;
  /** `/dizin kanal` limits; admin settings, not personal data: kept until reset. */
  readonly channelScopes: ChannelScopeRepository;
  /** Deletes what is past its retention: personal data (feedback, answers, threads), expired claims, old jobs. */
  sweep(): Promise<SweepResult>;
  close(): Promise<void>;
}

export interface SweepResult {
  feedback: number;
  answers: number;
  threads: number;
}

export interface OpenStoreOptions {
  /** PostgreSQL when set; otherwise the embedded SQLite file under `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  /** Feedback, stored answers and conversations older than this are deleted by `sweep`. */
  retentionDays: number;
  now?: () => number;
}

/** The embedded database file, beside the index in DATA_DIR. */
export function sqliteFile(dataDir: string): string {
  return path.join(dataDir, 'state.sqlite');
}

const DAY_MS = 24 * 3600_000;

/** Opens the configured engine and applies pending migrations (safe when several processes start at once). */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const now = options.now ?? Date.now;
  const db: Database = options.databaseUrl
    ? await PostgresDatabase.open(options.databaseUrl)
    : SqliteDatabase.open(sqliteFile(options.dataDir));
  try {
    await db.migrate(MIGRATIONS);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  const feedback = new FeedbackRepository(db);
  const claims = new Claims(db, now);
  const threads = new ThreadRepository(db, now);
  const answers = new AnswerRepository(db);
  const rateLimits = new RateLimits(db, now);
  const jobs = new JobQueue(db, now);
  const instances = new InstanceRegistry(db, now);
  return {
    db,
    feedback,
    claims,
    threads,
    answers,
    rateLimits,
    audit: new AuditLog(db, now),
    jobs,
    leases: new Leases(db, now),
    placeholders: new Placeholders(db, now),
    instances,
    channelScopes: new ChannelScopeRepository(db),
    async sweep() {
      const cutoff = now() - options.retentionDays * DAY_MS;
      const result = {
        feedback: await feedback.deleteBefore(new Date(cutoff)),
        answers: await answers.deleteBefore(cutoff),
        threads: await threads.deleteBefore(cutoff),
      };
      await claims.deleteExpired();
      await rateLimits.deleteExpired(3600_000);
      await jobs.deleteFinishedBefore(now() - 30 * DAY_MS);
      await instances.deleteStale();
      return result;
    },
    close: () => db.close(),
  };
}
