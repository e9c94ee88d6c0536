import type { RecordedCall, SlackApiStandIn } from '../../fakes/slack-api-stand-in.js';
import { MESSAGES } from '../../../src/slack/slack-messages.js';

type AnyBlock = Record<string, unknown> & { type: string };

/** Every text a person would read in a list of blocks, joined by newlines. */
export function blocksText(blocks: unknown): string {
  if (!Array.isArray(blocks)) return '';
  const out: string[] = [];
  for (const block of blocks as AnyBlock[]) {
    const text = (block.text as { text?: string } | undefined)?.text;
    if (text) out.push(text);
    for (const el of (block.elements as { text?: unknown }[] | undefined) ?? []) {
      const t = el.text;
      if (typeof t === 'string') out.push(t);
      else if (t && typeof (t as { text?: string }).text === 'string') out.push((t as { text: string }).text);
    }
    const accessory = block.accessory as { text?: { text?: string } } | undefined;
    if (accessory?.text?.text) out.push(accessory.text.text);
  }
  return out.join('\n');
}

/** The answer id carried by Slack's native feedback element (context_actions › feedback_buttons, "up:<id>"). */
export function feedbackAnswerId(blocks: unknown): string | undefined {
  if (!Array.isArray(blocks)) return undefined;
  for (const block of blocks as AnyBlock[]) {
    if (block.type !== 'context_actions') continue;
    for (const el of (block.elements as { type?: string; positive_button?: { value?: string } }[] | undefined) ?? []) {
      if (el.type === 'feedback_buttons') return el.positive_button?.value?.replace(/^up:/, '');
    }
  }
  return undefined;
}

/** Every text in blocks, including task cards (title, details, output) and plans: what a reader sees. */
export function allBlockText(blocks: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (typeof value === 'string' && (key === 'text' || key === 'title' || key === 'details' || key === 'output')) out.push(value);
        else walk(value);
      }
    }
  };
  walk(blocks);
  return out.join('\n');
}

/** The value of the first button with `actionId` (answer id for feedback/share, chunk id for passages). */
export function buttonValue(blocks: unknown, actionId: string): string | undefined {
  if (!Array.isArray(blocks)) return undefined;
  for (const block of blocks as AnyBlock[]) {
    const accessory = block.accessory as { action_id?: string; value?: string } | undefined;
    if (accessory?.action_id === actionId) return accessory.value;
    for (const el of (block.elements as { action_id?: string; value?: string }[] | undefined) ?? []) {
      if (el.action_id === actionId) return el.value;
    }
  }
  return undefined;
}

const WAITING: string[] = [MESSAGES.working, MESSAGES.stillWorking];

/** The "⏳ Belgelere bakıyorum…" message posted for a question (thread_ts undefined for a top-level DM reply). */
export function waitForPlaceholder(standIn: SlackApiStandIn, channel: string, threadTs: string | undefined): Promise<RecordedCall> {
  return standIn.waitFor(
    () =>
      standIn
        .callsTo('chat.postMessage')
        .find((c) => c.args.channel === channel && c.args.thread_ts === threadTs && c.args.text === MESSAGES.working),
    15_000,
    `${channel}/${threadTs ?? 'DM'} yer tutucusu`,
  );
}

/** The chat.update that replaced a placeholder with the final answer (or the reason it failed). */
export function waitForFinal(standIn: SlackApiStandIn, placeholder: RecordedCall, timeoutMs = 30_000): Promise<RecordedCall> {
  const ts = placeholder.response.ts;
  const channel = placeholder.args.channel;
  return standIn.waitFor(
    () =>
      standIn
        .callsTo('chat.update')
        .find((c) => c.args.channel === channel && c.args.ts === ts && !WAITING.includes(String(c.args.text))),
    timeoutMs,
    `${String(channel)} yanıtı`,
  );
}
