import os from 'node:os';
import type { Database } from './database.js';
import { isDeadLocalProcess } from './process-identity.js';

export interface InstanceInfo {
  id: string;
  host: string;
  pid: number;
  role: string;
  startedAt: string;
  heartbeatAt: string;
  /** The index version (build folder name) this instance serves. */
  indexVersion: string | null;
}

/** How long without a heartbeat before an instance counts as gone. */
export const INSTANCE_STALE_MS = 30_000;

/** Running processes (bots, workers) with a heartbeat: `/dizin durum` lists them with the version each serves. */
export class InstanceRegistry {
  constructor(
    private readonly db: Database,
    private readonly now: () => number,
  ) {}

  async heartbeat(id: string, role: string, indexVersion: string | null): Promise<void> {
    const now = this.now();
    await this.db.query(
      `INSERT INTO instances (id, host, pid, role, started_at, heartbeat_at, index_version) VALUES ($1, $2, $3, $4, $5, $5, $6)
       ON CONFLICT (id) DO UPDATE SET heartbeat_at = excluded.heartbeat_at, index_version = excluded.index_version`,
      [id, os.hostname(), process.pid, role, now, indexVersion],
    );
  }

  async remove(id: string): Promise<void> {
    await this.db.query('DELETE FROM instances WHERE id = $1', [id]);
  }

  /** Instances with a recent heartbeat that are not known to be dead. */
  async live(): Promise<InstanceInfo[]> {
    const rows = await this.db.query<{ id: string; host: string; pid: number; role: string; started_at: number; heartbeat_at: number; index_version: string | null }>(
      'SELECT * FROM instances WHERE heartbeat_at > $1 ORDER BY started_at',
      [this.now() - INSTANCE_STALE_MS],
    );
    return rows
      .filter((r) => !isDeadLocalProcess(r.id))
      .map((r) => ({
        id: r.id, host: r.host, pid: Number(r.pid), role: r.role,
        startedAt: new Date(Number(r.started_at)).toISOString(), heartbeatAt: new Date(Number(r.heartbeat_at)).toISOString(),
        indexVersion: r.index_version,
      }));
  }

  async deleteStale(): Promise<number> {
    return (await this.db.query('DELETE FROM instances WHERE heartbeat_at <= $1 RETURNING id', [this.now() - 24 * 3600_000])).length;
  }
}
