import pg from 'pg';
import { renderMigrationSql, type Database, type Migration, type Row } from './database.js';
import { StoreError } from './store-error.js';

const INT8_OID = 20;
/** Arbitrary constant: the advisory lock that lets one instance at a time apply migrations. */
const MIGRATION_LOCK = 712_011;

/** `postgres://user:secret@host/db` → `postgres://user@host/db`, for messages and logs. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

/** The server engine (DATABASE_URL): a small pg pool; BIGINT comes back as a JS number (epoch ms fit). */
export class PostgresDatabase implements Database {
  readonly dialect = 'postgres' as const;

  private constructor(readonly location: string, private readonly pool: pg.Pool) {}

  static async open(url: string): Promise<PostgresDatabase> {
    const pool = new pg.Pool({
      connectionString: url,
      max: 5,
      connectionTimeoutMillis: 10_000,
      types: { getTypeParser: ((oid: number, format?: string) => (oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format as 'text'))) as typeof pg.types.getTypeParser },
    });
    // An idle client losing its connection must not crash the process; the next query reconnects.
    pool.on('error', () => undefined);
    const location = redactDatabaseUrl(url);
    try {
      await pool.query('SELECT 1');
    } catch (cause) {
      await pool.end().catch(() => undefined);
      throw new StoreError('STORE_UNAVAILABLE', `PostgreSQL'e bağlanılamadı (${location}): ${(cause as Error).message}`, { cause });
    }
    return new PostgresDatabase(location, pool);
  }

  async query<T extends Row = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const result = await this.pool.query(sql, params as unknown[]);
    return result.rows as T[];
  }

  async migrate(migrations: readonly Migration[]): Promise<number[]> {
    const client = await this.pool.connect();
    const applied: number[] = [];
    try {
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)');
      for (const m of migrations) {
        const done = await client.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
        if (done.rowCount) continue;
        await client.query('BEGIN');
        try {
          await client.query(renderMigrationSql(m.sql, 'postgres'));
          await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, Date.now()]);
          await client.query('COMMIT');
          applied.push(m.version);
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      client.release();
    }
    return applied;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
