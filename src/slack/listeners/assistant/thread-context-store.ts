import type { AssistantConfig } from '@slack/bolt';
import { BoundedLru } from '../../state/bounded-lru.js';

type AssistantThreadContextStore = NonNullable<AssistantConfig['threadContextStore']>;
type AssistantThreadContext = Awaited<ReturnType<AssistantThreadContextStore['get']>>;

type StoreArgs = Parameters<AssistantThreadContextStore['get']>[0];

function threadKey(args: StoreArgs): string | null {
  const payload = args.payload as { assistant_thread?: { channel_id?: string; thread_ts?: string }; channel?: string; thread_ts?: string };
  const channel = payload.assistant_thread?.channel_id ?? payload.channel;
  const threadTs = payload.assistant_thread?.thread_ts ?? payload.thread_ts;
  return channel && threadTs ? `${channel}:${threadTs}` : null;
}

/**
 * Which channel the user had open beside each agent-view thread, per thread and in memory (bounded).
 * Bolt's default store keeps one context for all threads and reads it back with conversations.replies.
 */
export function memoryThreadContextStore(capacity = 5000): AssistantThreadContextStore {
  const contexts = new BoundedLru<string, AssistantThreadContext>(capacity);
  return {
    async get(args) {
      const key = threadKey(args);
      return (key && contexts.get(key)) || {};
    },
    async save(args) {
      const key = threadKey(args);
      const context = (args.payload as { assistant_thread?: { context?: AssistantThreadContext } }).assistant_thread?.context;
      if (key && context) contexts.set(key, context);
    },
  };
}
