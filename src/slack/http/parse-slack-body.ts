import { parse as parseQuery } from 'node:querystring';

/** Deeper than anything Slack sends (block kit views nest about a dozen levels): refused before any code walks it. */
const MAX_DEPTH = 64;

export type ParsedSlackBody =
  | { ok: true; kind: 'ssl_check' | 'url_verification' | 'event' | 'command' | 'interaction'; body: Record<string, unknown> }
  | { ok: false; reason: string };

const INTERACTION_TYPES = new Set([
  'block_actions',
  'block_suggestion',
  'view_submission',
  'view_closed',
  'shortcut',
  'message_action',
  'interactive_message',
  'dialog_submission',
  'dialog_cancellation',
  'dialog_suggestion',
  'workflow_step_edit',
]);

/**
 * Turns a verified raw body into one of the shapes Slack sends, or a reason it is none of them. Everything Bolt
 * and our listeners later read without checking (`body.type`, `event.type`, `user.id`, `command`) is checked
 * here, so a validly signed `null`, array, number or a field of the wrong type is a 400, never a TypeError deep
 * inside the dispatch.
 */
export function parseSlackBody(raw: Buffer, contentType: string | undefined): ParsedSlackBody {
  const text = raw.toString('utf8');
  const isForm = (contentType ?? '').split(';')[0]!.trim().toLowerCase() === 'application/x-www-form-urlencoded';
  let value: unknown;
  try {
    if (isForm) {
      const form = parseQuery(text);
      if (form.ssl_check === '1' && form.payload === undefined) return { ok: true, kind: 'ssl_check', body: { ssl_check: '1' } };
      if ('payload' in form) {
        if (typeof form.payload !== 'string') return { ok: false, reason: '`payload` alanı birden çok kez verilmiş' };
        value = JSON.parse(form.payload);
      } else {
        value = form;
      }
    } else {
      value = JSON.parse(text);
    }
  } catch (error) {
    return { ok: false, reason: `gövde çözümlenemedi (${error instanceof Error ? error.message.slice(0, 120) : 'bilinmeyen'})` };
  }
  if (!isPlainObject(value)) return { ok: false, reason: `gövde bir nesne değil (${describeKind(value)})` };
  if (depthOf(value) > MAX_DEPTH) return { ok: false, reason: `gövde ${MAX_DEPTH} düzeyden derin` };
  return classify(value);
}

function classify(body: Record<string, unknown>): ParsedSlackBody {
  const type = body.type;
  if (type === 'url_verification') {
    return typeof body.challenge === 'string' ? { ok: true, kind: 'url_verification', body } : { ok: false, reason: '`challenge` metin değil' };
  }
  if (type === 'event_callback') {
    const event = body.event;
    if (!isPlainObject(event)) return { ok: false, reason: '`event` bir nesne değil' };
    if (typeof event.type !== 'string') return { ok: false, reason: '`event.type` metin değil' };
    for (const field of ['text', 'ts', 'thread_ts', 'event_ts', 'subtype', 'bot_id', 'channel_type', 'file_id', 'channel_id', 'user_id']) {
      if (field in event && event[field] !== null && typeof event[field] !== 'string') {
        return { ok: false, reason: `\`event.${field}\` metin değil (${describeKind(event[field])})` };
      }
    }
    // Some events carry the user or channel as an object (user_change, channel_created).
    for (const field of ['user', 'channel']) {
      if (field in event && event[field] !== null && typeof event[field] !== 'string' && !isPlainObject(event[field])) {
        return { ok: false, reason: `\`event.${field}\` yanlış türde (${describeKind(event[field])})` };
      }
    }
    if ('files' in event && !Array.isArray(event.files)) return { ok: false, reason: '`event.files` bir liste değil' };
    if ('event_id' in body && typeof body.event_id !== 'string') return { ok: false, reason: '`event_id` metin değil' };
    return { ok: true, kind: 'event', body };
  }
  if (typeof type === 'string' && INTERACTION_TYPES.has(type)) {
    if (!isPlainObject(body.user) || typeof body.user.id !== 'string') return { ok: false, reason: '`user.id` metin değil' };
    if ('actions' in body && !Array.isArray(body.actions)) return { ok: false, reason: '`actions` bir liste değil' };
    if (Array.isArray(body.actions) && !body.actions.every((a) => isPlainObject(a) && typeof a.action_id === 'string')) {
      return { ok: false, reason: '`actions` öğeleri geçersiz' };
    }
    if ('view' in body && !isPlainObject(body.view)) return { ok: false, reason: '`view` bir nesne değil' };
    return { ok: true, kind: 'interaction', body };
  }
  if ('command' in body) {
    for (const field of ['command', 'user_id', 'channel_id']) {
      if (typeof body[field] !== 'string' || body[field] === '') return { ok: false, reason: `\`${field}\` metin değil` };
    }
    if (!(body.command as string).startsWith('/')) return { ok: false, reason: '`command` / ile başlamıyor' };
    if ('text' in body && typeof body.text !== 'string') return { ok: false, reason: '`text` metin değil' };
    return { ok: true, kind: 'command', body };
  }
  return { ok: false, reason: `tanınmayan istek türü (${typeof type === 'string' ? type.slice(0, 40) : describeKind(type)})` };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'liste';
  return typeof value;
}

/** Iterative, so measuring a hostile nesting cannot itself overflow the stack. */
function depthOf(root: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_DEPTH) return deepest;
    if (typeof value === 'object' && value !== null) {
      for (const child of Object.values(value)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return deepest;
}
