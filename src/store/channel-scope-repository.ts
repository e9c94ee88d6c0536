import type { Database } from './database.js';

/** An admin's limit of one channel's answers to some documents or kinds (`/dizin kanal`). */
export interface ChannelScopeRow {
  channelId: string;
  documentIds: readonly string[];
  kinds: readonly string[];
  setBy: string;
  setAt: string;
}

interface Row {
  [k: string]: unknown;
  channel_id: string;
  document_ids: string;
  kinds: string;
  set_by: string;
  set_at: number;
}

function fromRow(row: Row): ChannelScopeRow {
  return {
    channelId: row.channel_id,
    documentIds: JSON.parse(row.document_ids) as string[],
    kinds: JSON.parse(row.kinds) as string[],
    setBy: row.set_by,
    setAt: new Date(Number(row.set_at)).toISOString(),
  };
}

/** Channel scopes in the shared store: every instance answers a channel within the same limit, after restarts too. */
export class ChannelScopeRepository {
  constructor(private readonly db: Database) {}

  async set(scope: ChannelScopeRow): Promise<void> {
    await this.db.query(
      `INSERT INTO channel_scopes (channel_id, document_ids, kinds, set_by, set_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (channel_id) DO UPDATE SET document_ids = excluded.document_ids, kinds = excluded.kinds,
         set_by = excluded.set_by, set_at = excluded.set_at`,
      [scope.channelId, JSON.stringify(scope.documentIds), JSON.stringify(scope.kinds), scope.setBy, Date.parse(scope.setAt)],
    );
  }

  async get(channelId: string): Promise<ChannelScopeRow | undefined> {
    const [row] = await this.db.query<Row>('SELECT * FROM channel_scopes WHERE channel_id = $1', [channelId]);
    return row ? fromRow(row) : undefined;
  }

  async all(): Promise<ChannelScopeRow[]> {
    return (await this.db.query<Row>('SELECT * FROM channel_scopes ORDER BY channel_id')).map(fromRow);
  }

  /** False when the channel had no scope. */
  async clear(channelId: string): Promise<boolean> {
    return (await this.db.query('DELETE FROM channel_scopes WHERE channel_id = $1 RETURNING channel_id', [channelId])).length > 0;
  }
}
