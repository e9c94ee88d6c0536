import type { WebClient } from '@slack/web-api';
import { labelsFor, type ToolStep } from '../present/index.js';
import type { RenderedMessage } from './blocks/block-types.js';
import { contextBlock } from './blocks/render-answer.js';
import { renderStepsPlan } from './blocks/render-steps.js';
import { describeError } from './describe-error.js';
import type { SlackDeps } from './slack-deps.js';
import { MESSAGES } from './slack-messages.js';

/** What Bolt's Assistant gives a listener in an agent-view thread (setStatus, setTitle). */
export interface AgentThreadTools {
  setStatus(status: string, loadingMessages?: readonly string[]): Promise<unknown>;
  setTitle(title: string): Promise<unknown>;
}

/**
 * Where a conversation's answer appears, and how the wait looks there. Channels and DMs get a placeholder
 * message that turns into the answer; agent-view threads get Slack's status line ("Belgelerde arıyorum…"),
 * which is cleared when the answer is posted or the question fails.
 */
export interface ReplySurface {
  begin(): Promise<void>;
  /** The answer is taking long. */
  slow(): void;
  /** A tool call started or finished (LLM mode): `steps` are all of this answer's so far. */
  progress(step: ToolStep, steps: readonly ToolStep[]): void;
  /** A streamed message took over (its own text shows the progress): the placeholder goes. */
  handOver(): Promise<void>;
  deliver(body: RenderedMessage | { text: string }): Promise<void>;
  /** Always called last: clears the status line. */
  end(): Promise<void>;
}

/** The store's record of an answer in flight (src/store/placeholders.ts); never throws. */
export interface InFlightRecord {
  begin(): Promise<void>;
  posted(placeholderTs: string): Promise<void>;
  finish(): Promise<void>;
}

export interface ReplyTarget {
  channel: string;
  threadTs?: string;
  agent?: AgentThreadTools;
  inFlight?: InFlightRecord;
}

const NOT_TRACKED: InFlightRecord = { begin: async () => undefined, posted: async () => undefined, finish: async () => undefined };

export function replySurface(deps: Pick<SlackDeps, 'logger'>, client: WebClient, target: ReplyTarget): ReplySurface {
  return target.agent ? statusSurface(deps, client, target, target.agent) : placeholderSurface(deps, client, target);
}

function postIn(client: WebClient, target: ReplyTarget, body: RenderedMessage | { text: string }) {
  return client.chat.postMessage({ channel: target.channel, ...(target.threadTs ? { thread_ts: target.threadTs } : {}), ...body });
}

/** Channels and DMs: "⏳ Belgelere bakıyorum…", tool steps shown on it as they finish, then the answer in its place. */
function placeholderSurface(deps: Pick<SlackDeps, 'logger'>, client: WebClient, target: ReplyTarget): ReplySurface {
  let placeholderTs: string | undefined;
  const inFlight = target.inFlight ?? NOT_TRACKED;
  const update = (text: string) => {
    if (placeholderTs) client.chat.update({ channel: target.channel, ts: placeholderTs, text }).catch(() => undefined);
  };
  return {
    async begin() {
      await inFlight.begin();
      const placeholder = await postIn(client, target, { text: MESSAGES.working }).catch((error: unknown) => {
        deps.logger.warn(`Yer tutucu mesaj gönderilemedi (${target.channel}): ${describeError(error)}`);
        return undefined;
      });
      placeholderTs = placeholder?.ts;
      if (placeholderTs) await inFlight.posted(placeholderTs);
    },
    slow: () => update(MESSAGES.stillWorking),
    progress(_step, steps) {
      const plan = renderStepsPlan(steps, labelsFor('tr'));
      if (!placeholderTs || !plan) return;
      const blocks = [contextBlock(MESSAGES.working), plan];
      client.chat.update({ channel: target.channel, ts: placeholderTs, text: MESSAGES.working, blocks }).catch(() => undefined);
    },
    async handOver() {
      if (!placeholderTs) return;
      const ts = placeholderTs;
      placeholderTs = undefined;
      await client.chat.delete({ channel: target.channel, ts }).catch((error: unknown) => {
        deps.logger.warn(`Yer tutucu silinemedi: ${describeError(error)}`);
      });
    },
    async deliver(body) {
      if (placeholderTs) {
        try {
          await client.chat.update({ channel: target.channel, ts: placeholderTs, ...body });
          return;
        } catch (error) {
          deps.logger.warn(`Yer tutucu güncellenemedi, yeni mesaj gönderiliyor: ${describeError(error)}`);
        }
      }
      await postIn(client, target, body);
    },
    end: () => inFlight.finish(),
  };
}

/** Agent-view threads: Slack's status line ("Belgelerde arıyorum…", "Hesaplıyorum…"), cleared at the end. */
function statusSurface(deps: Pick<SlackDeps, 'logger'>, client: WebClient, target: ReplyTarget, agent: AgentThreadTools): ReplySurface {
  let statusSet = false;
  // A DM thread outside the agent view has no status line: it gets the placeholder message instead.
  let fallback: ReplySurface | null = null;
  const setStatus = async (status: string, loading?: readonly string[]): Promise<boolean> => {
    try {
      await agent.setStatus(status, loading);
      statusSet = status !== '';
      return true;
    } catch (error) {
      deps.logger.warn(`Durum satırı ayarlanamadı: ${describeError(error)}`);
      return false;
    }
  };
  return {
    async begin() {
      if (await setStatus(MESSAGES.statusSearching, MESSAGES.loadingMessages)) {
        // No placeholder to replace: if this process dies, a live one says in the thread the answer was cut off.
        await target.inFlight?.begin();
        return;
      }
      fallback = placeholderSurface(deps, client, target);
      await fallback.begin();
    },
    slow: () => (fallback ? fallback.slow() : void setStatus(MESSAGES.statusStillWorking)),
    progress(step, steps) {
      if (fallback) return fallback.progress(step, steps);
      if (step.status !== 'running') return;
      void setStatus(step.name === 'search_documents' ? MESSAGES.statusSearching : MESSAGES.statusComputing);
    },
    handOver: async () => (fallback ? fallback.handOver() : undefined),
    deliver: (body) => (fallback ? fallback.deliver(body) : postIn(client, target, body).then(() => undefined)),
    async end() {
      // Posting a reply clears the status in Slack's clients; clearing it explicitly also covers failures.
      if (statusSet) await setStatus('');
      await (fallback ? fallback.end() : target.inFlight?.finish());
    },
  };
}
