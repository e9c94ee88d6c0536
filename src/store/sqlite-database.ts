import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { renderMigrationSql, type Database, type Migration, type Row } from './database.js';
import { StoreError } from './store-error.js';

/** `$1, $2, $1` → `?, ?, ?` with the arguments in occurrence order (SQLite has no reusable numbered binding here). */
function toSqlite(sql: string, params: readonly unknown[]): { sql: string; args: unknown[] } {
  const args: unknown[] = [];
  const text = sql.replace(/\$(\d+)/g, (_m, n: string) => {
    args.push(params[Number(n) - 1]);
    return '?';
  });
  return { sql: text, args };
}

/**
 * The embedded engine: one SQLite file under DATA_DIR (better-sqlite3). WAL mode lets several processes on
 * the same host use it at once (a bot, `npm run ingest`, `npm run feedback`); a busy timeout makes a writer
 * wait for another instead of failing.
 */
export class SqliteDatabase implements Database {
  readonly dialect = 'sqlite' as const;
  readonly #db: BetterSqlite3.Database;

  private constructor(readonly location: string, db: BetterSqlite3.Database) {
    this.#db = db;
  }

  static open(file: string): SqliteDatabase {
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const db = new BetterSqlite3(file, { timeout: 15_000 });
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      return new SqliteDatabase(file, db);
    } catch (cause) {
      throw new StoreError('STORE_UNAVAILABLE', `Durum veritabanı açılamadı (${file}): ${(cause as Error).message}`, { cause });
    }
  }

  async query<T extends Row = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const { sql: text, args } = toSqlite(sql, params);
    const statement = this.#db.prepare(text);
    if (statement.reader) return statement.all(...args) as T[];
    statement.run(...args);
    return [];
  }

  async migrate(migrations: readonly Migration[]): Promise<number[]> {
    this.#db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)');
    const applied: number[] = [];
    // IMMEDIATE takes the write lock first: a second process starting at the same moment waits, then sees the rows.
    const apply = this.#db.transaction((m: Migration) => {
      const done = this.#db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(m.version);
      if (done) return;
      this.#db.exec(renderMigrationSql(m.sql, 'sqlite'));
      this.#db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, Date.now());
      applied.push(m.version);
    });
    for (const m of migrations) apply.immediate(m);
    return applied;
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }
}
