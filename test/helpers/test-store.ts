import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, type Store } from '../../src/store/index.js';

export type Engine = 'sqlite' | 'postgres';

/** Both engines; the PostgreSQL one is skipped only locally without a server (global-setup says why). */
export const ENGINES: readonly Engine[] = ['sqlite', 'postgres'];

export function engineUnavailable(engine: Engine): string | null {
  return engine === 'postgres' ? (process.env.TEST_POSTGRES_UNAVAILABLE ?? null) : null;
}

/** A fresh, empty database of `engine`: a new PostgreSQL database on the test server, or a new SQLite file. */
export async function createTestDatabase(engine: Engine): Promise<{ databaseUrl?: string; dataDir: string; drop(): Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'kurum-store-'));
  if (engine === 'sqlite') return { dataDir, drop: () => rm(dataDir, { recursive: true, force: true }) };
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) throw new Error(`PostgreSQL test sunucusu yok: ${process.env.TEST_POSTGRES_UNAVAILABLE ?? 'TEST_DATABASE_URL boş'}`);
  const name = `kurum_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    dataDir,
    async drop() {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function openTestStore(engine: Engine, now?: () => number): Promise<{ store: Store; databaseUrl?: string; dataDir: string; cleanup(): Promise<void> }> {
  const target = await createTestDatabase(engine);
  const store = await openStore({ databaseUrl: target.databaseUrl, dataDir: target.dataDir, retentionDays: 30, now });
  return {
    store,
    databaseUrl: target.databaseUrl,
    dataDir: target.dataDir,
    async cleanup() {
      await store.close();
      await target.drop();
    },
  };
}
