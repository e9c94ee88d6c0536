import type { Logger } from '@slack/bolt';
import type { Assistant } from '../answer/assistant.js';
import type { Config } from '../config/index.js';
import { createSlackApp, type SlackAppHandle } from './create-slack-app.js';

export interface RunSlackOptions {
  config: Config;
  /** An engine whose index is already built or loaded (createAssistant builds it if missing or stale). */
  assistant: Assistant;
  logger?: Logger;
  /** Stop cleanly on SIGINT/SIGTERM (default true). */
  handleSignals?: boolean;
}

/** Starts the Slack bot for `npm run slack` / `npm start`; resolves once it is listening. */
export async function runSlack(options: RunSlackOptions): Promise<SlackAppHandle & { port: number }> {
  const handle = createSlackApp({ config: options.config, assistant: options.assistant, logger: options.logger });
  const { port } = await handle.start();
  const log = handle.app.logger;
  const status = options.assistant.status();
  if (handle.mode === 'socket') {
    log.info(`Kurum Asistanı Slack'e Socket Mode ile bağlandı (${status.documents} belge, ${status.chunks} parça). /healthz: http://localhost:${port}/healthz`);
  } else {
    log.info(
      `Kurum Asistanı dinliyor: http://localhost:${port}/slack/events (olaylar, komutlar, etkileşim), sağlık: /healthz — ${status.documents} belge, ${status.chunks} parça.`,
    );
  }
  if (options.handleSignals ?? true) {
    const shutdown = (signal: string) => {
      log.info(`${signal} alındı, Slack botu durduruluyor…`);
      handle.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  }
  return { ...handle, port };
}
