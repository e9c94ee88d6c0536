/** Shared, persistent state: one interface, two engines (embedded SQLite, PostgreSQL), one schema. */
export { openStore, sqliteFile, type Store, type OpenStoreOptions, type SweepResult } from './open-store.js';
export type { Database, Dialect } from './database.js';
export { StoreError } from './store-error.js';
export type { FeedbackRecord, FeedbackCitation } from './feedback-repository.js';
export type { RateDecision } from './rate-limits.js';
export type { AuditEntry } from './audit-log.js';
export type { Job, JobKind, JobState, JobProgress } from './job-queue.js';
export type { InstanceInfo } from './instance-registry.js';
export type { PendingPlaceholder } from './placeholders.js';
export type { StoredAnswerRow } from './answer-repository.js';
export type { StoredTurn } from './thread-repository.js';
export type { ChannelScopeRow } from './channel-scope-repository.js';
export { newProcessId, isDeadLocalProcess } from './process-identity.js';
export { redactDatabaseUrl } from './postgres-database.js';
