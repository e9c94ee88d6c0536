import path from 'node:path';
import type { Logger } from '@slack/bolt';
import type { Assistant } from '../answer/assistant.js';
import type { Config } from '../config/index.js';
import { openStore, type Store } from '../store/index.js';
import { createSlackApp, type SlackAppHandle } from './create-slack-app.js';
import { installCrashGuards } from './crash-guards.js';

export interface RunSlackOptions {
  config: Config;
  /** An engine whose index is already built or loaded (createAssistant builds it if missing or stale). */
  assistant: Assistant;
  logger?: Logger;
  /** Default: opened from config (DATABASE_URL, else DATA_DIR/state.sqlite) and closed on stop. */
  store?: Store;
  /** Stop cleanly on SIGINT/SIGTERM (default true). */
  handleSignals?: boolean;
}

/** Starts the Slack bot for `npm run slack` / `npm start`; resolves once it is listening. */
export async function runSlack(options: RunSlackOptions): Promise<SlackAppHandle & { port: number }> {
  const { config } = options;
  const store =
    options.store ??
    (await openStore({ databaseUrl: config.DATABASE_URL, dataDir: path.resolve(config.DATA_DIR), retentionDays: config.FEEDBACK_RETENTION_DAYS }));
  const handle = createSlackApp({ config, assistant: options.assistant, store, logger: options.logger });
  const log = handle.app.logger;
  // A serving bot never dies of one stray error: logged, and it keeps answering (fatal states still exit 1).
  const removeGuards = options.handleSignals ?? true ? installCrashGuards(log) : () => undefined;
  let port: number;
  try {
    ({ port } = await handle.start());
  } catch (error) {
    removeGuards();
    if (!options.store) await store.close().catch(() => undefined);
    throw error;
  }
  const status = options.assistant.status();
  const engine = store.db.dialect === 'postgres' ? `PostgreSQL (${store.db.location})` : `gömülü SQLite (${store.db.location})`;
  if (handle.mode === 'socket') {
    log.info(`Kurum Asistanı Slack'e Socket Mode ile bağlandı (${status.documents} belge, ${status.chunks} parça). /healthz: http://localhost:${port}/healthz`);
  } else {
    log.info(
      `Kurum Asistanı dinliyor: http://localhost:${port}/slack/events (olaylar, komutlar, etkileşim), sağlık: /healthz — ${status.documents} belge, ${status.chunks} parça.`,
    );
  }
  log.info(`Durum veritabanı: ${engine}; dizin sürümü ${status.version}; dizin işçisi: ${config.INDEX_WORKER ? 'bu süreçte (kira kimdeyse o çalıştırır)' : 'kapalı (ayrı npm run worker)'}.`);
  if (status.problem) log.warn(`Son dizinleme başarısız, son sağlam dizin kullanılıyor: ${status.problem}`);
  const stop = async () => {
    removeGuards();
    await handle.stop();
    await options.assistant.close?.();
    if (!options.store) await store.close();
  };
  if (options.handleSignals ?? true) {
    const shutdown = (signal: string) => {
      log.info(`${signal} alındı, Slack botu durduruluyor…`);
      stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  }
  return { ...handle, stop, port };
}
