/** A row as the engines return it: column name → value (numbers, strings, null). */
export type Row = Record<string, unknown>;

export type Dialect = 'sqlite' | 'postgres';

/**
 * The one seam both engines implement. SQL is written once, in the subset PostgreSQL and SQLite share
 * (`$1` placeholders, `INSERT … ON CONFLICT … RETURNING`, BIGINT epoch milliseconds, JSON kept as TEXT);
 * the SQLite engine rewrites the placeholders. Every statement the store issues is atomic on its own, so no
 * caller needs a transaction that spans awaits.
 */
export interface Database {
  readonly dialect: Dialect;
  /** Where the data lives, for messages (a file path, or the server without its password). */
  readonly location: string;
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Applies the migrations not yet recorded, each in its own transaction, one process at a time. */
  migrate(migrations: readonly Migration[]): Promise<number[]>;
  close(): Promise<void>;
}

export interface Migration {
  version: number;
  name: string;
  /** Portable DDL; `{{ID}}` becomes the engine's auto-increment primary key. */
  sql: string;
}

/** The dialect-specific pieces of DDL, substituted into a migration's SQL. */
export function renderMigrationSql(sql: string, dialect: Dialect): string {
  const id = dialect === 'sqlite' ? 'INTEGER PRIMARY KEY AUTOINCREMENT' : 'BIGSERIAL PRIMARY KEY';
  return sql.replaceAll('{{ID}}', id);
}
