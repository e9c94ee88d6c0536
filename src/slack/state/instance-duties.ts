import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Assistant } from '../../answer/assistant.js';
import { IndexWorker } from '../../jobs/index-worker.js';
import type { JobRunner } from '../../jobs/job-runner.js';
import type { Store } from '../../store/index.js';
import { describeError } from '../describe-error.js';
import { MESSAGES } from '../slack-messages.js';

export interface InstanceDutiesOptions {
  store: Store;
  instanceId: string;
  assistant: Assistant;
  client: WebClient;
  logger: Logger;
  /** Run an index worker here (it competes for the one worker lease); false in a bot-only deployment. */
  runner: JobRunner | false;
  heartbeatMs?: number;
}

const SWEEP_MS = 3600_000;

/**
 * What a running bot instance does besides answering: a heartbeat in the store with the index version it serves,
 * replacing placeholders left by instances that died ("yanıt yarıda kaldı"), the retention sweep, and (unless
 * disabled) taking index jobs when it holds the worker lease.
 */
export async function startInstanceDuties(options: InstanceDutiesOptions): Promise<{ stop(): Promise<void> }> {
  const { store, instanceId, assistant, client, logger } = options;
  const version = () => {
    try {
      return assistant.status().version;
    } catch {
      return null;
    }
  };

  const beat = async () => {
    await store.instances.heartbeat(instanceId, 'bot', version());
    const live = (await store.instances.live()).map((i) => i.id);
    const orphans = await store.placeholders.takeOrphans([...new Set([...live, instanceId])]);
    for (const p of orphans) {
      const say = p.placeholderTs
        ? client.chat.update({ channel: p.channel, ts: p.placeholderTs, text: MESSAGES.interrupted })
        : client.chat.postMessage({ channel: p.channel, ...(p.threadTs ? { thread_ts: p.threadTs } : {}), text: MESSAGES.interrupted });
      await say.catch((error: unknown) => logger.warn(`Yarıda kalan yanıt işaretlenemedi (${p.channel}:${p.questionTs}): ${describeError(error)}`));
    }
    if (orphans.length > 0) logger.info(`Çöken bir örnekten kalan ${orphans.length} yer tutucu "yanıt yarıda kaldı" ile değiştirildi.`);
  };
  const sweep = async () => {
    const removed = await store.sweep();
    if (removed.feedback + removed.answers + removed.threads > 0) {
      logger.info(`Saklama süresi dolan kayıtlar silindi: ${removed.feedback} geri bildirim, ${removed.answers} yanıt, ${removed.threads} konuşma.`);
    }
  };
  const guarded = (what: string, task: () => Promise<void>) => () => {
    task().catch((error: unknown) => logger.warn(`${what} başarısız: ${describeError(error)}`));
  };

  await beat();
  await sweep().catch((error: unknown) => logger.warn(`Saklama temizliği başarısız: ${describeError(error)}`));
  const timers = [setInterval(guarded('Nabız', beat), options.heartbeatMs ?? 5_000), setInterval(guarded('Saklama temizliği', sweep), SWEEP_MS)];
  for (const t of timers) t.unref();
  const worker = options.runner ? new IndexWorker({ store, runner: options.runner, id: instanceId, log: (m) => logger.info(m) }) : null;
  worker?.start();

  return {
    async stop() {
      for (const t of timers) clearInterval(t);
      await worker?.stop();
      await store.instances.remove(instanceId).catch(() => undefined);
    },
  };
}
