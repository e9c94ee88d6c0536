import { createHmac } from 'node:crypto';

/** Slack's v0 request signature: HMAC-SHA256 of `v0:{timestamp}:{body}` with the signing secret. */
export function signSlackRequest(signingSecret: string, timestampSec: number, body: string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestampSec}:${body}`).digest('hex')}`;
}

export interface SignedPostOptions {
  /** Default: now. */
  timestampSec?: number;
  /** Sign with another secret (a forged request). */
  signWith?: string;
  retryNum?: number;
}

export interface SignedPostResult {
  status: number;
  text: string;
  /** Time until the response arrived: Slack wants it within 3 s. */
  ms: number;
}

/** POSTs a body to the bot exactly as Slack does: raw body, timestamp and signature headers. */
export async function postSigned(
  url: string,
  signingSecret: string,
  body: { json: unknown } | { form: Record<string, string> },
  options: SignedPostOptions = {},
): Promise<SignedPostResult> {
  const timestampSec = options.timestampSec ?? Math.floor(Date.now() / 1000);
  const [raw, contentType] =
    'json' in body
      ? [JSON.stringify(body.json), 'application/json']
      : [new URLSearchParams(body.form).toString(), 'application/x-www-form-urlencoded'];
  const headers: Record<string, string> = {
    'Content-Type': contentType,
    'X-Slack-Request-Timestamp': String(timestampSec),
    'X-Slack-Signature': signSlackRequest(options.signWith ?? signingSecret, timestampSec, raw),
  };
  if (options.retryNum !== undefined) {
    headers['X-Slack-Retry-Num'] = String(options.retryNum);
    headers['X-Slack-Retry-Reason'] = 'http_timeout';
  }
  const started = Date.now();
  const response = await fetch(url, { method: 'POST', headers, body: raw });
  const text = await response.text();
  return { status: response.status, text, ms: Date.now() - started };
}

let eventCounter = 0;

/** An Events API envelope around `event`. */
export function eventEnvelope(event: Record<string, unknown>, eventId = `Ev${Date.now()}${++eventCounter}`, teamId = 'T0KURUM1') {
  return {
    token: 'legacy-verification-token',
    team_id: teamId,
    api_app_id: 'A0KURUM1',
    event: { event_ts: String(event.ts ?? `${Date.now() / 1000}`), ...event },
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: teamId, user_id: 'UBOT0001', is_bot: true, is_enterprise_install: false }],
  };
}

/** A slash command body, as Slack form-encodes it. */
export function slashCommand(fields: { command: string; text: string; user_id: string; channel_id: string; response_url: string }) {
  return {
    token: 'legacy-verification-token',
    team_id: 'T0KURUM1',
    team_domain: 'kurum',
    channel_name: 'genel',
    user_name: fields.user_id.toLocaleLowerCase('tr-TR'),
    api_app_id: 'A0KURUM1',
    trigger_id: `trig.${Date.now()}`,
    ...fields,
  };
}

interface ClickFields {
  user_id: string;
  channel_id: string;
  message_ts: string;
  response_url: string;
}

/** A block_actions interactivity payload (form field `payload`) around one action on a message. */
function blockActions(fields: ClickFields, action: Record<string, unknown>) {
  const payload = {
    type: 'block_actions',
    user: { id: fields.user_id, username: 'kullanici', team_id: 'T0KURUM1' },
    api_app_id: 'A0KURUM1',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: fields.message_ts, channel_id: fields.channel_id, is_ephemeral: false },
    trigger_id: `trig.${Date.now()}.${Math.random().toString(36).slice(2)}`,
    team: { id: 'T0KURUM1', domain: 'kurum' },
    channel: { id: fields.channel_id, name: 'genel' },
    message: { type: 'message', ts: fields.message_ts, text: 'yanıt', bot_id: 'BBOT0001' },
    response_url: fields.response_url,
    actions: [{ ...action, action_ts: `${Date.now() / 1000}` }],
  };
  return { payload: JSON.stringify(payload) };
}

/** A button click. */
export function buttonClick(fields: ClickFields & { action_id: string; value: string; block_id?: string }) {
  return blockActions(fields, {
    type: 'button',
    action_id: fields.action_id,
    block_id: fields.block_id ?? 'answer_actions',
    value: fields.value,
    text: { type: 'plain_text', text: 'düğme' },
  });
}

/** A click on Slack's feedback_buttons element (👍 / 👎): the action carries the chosen button's value. */
export function feedbackClick(fields: ClickFields & { vote: 'up' | 'down'; answerId: string }) {
  return blockActions(fields, {
    type: 'feedback_buttons',
    action_id: 'answer_feedback',
    block_id: 'answer_feedback',
    value: `${fields.vote}:${fields.answerId}`,
    text: { type: 'plain_text', text: fields.vote === 'up' ? 'İşime yaradı' : 'Yaramadı' },
  });
}

/** A view_submission payload for a modal the bot opened, with `values` as Slack sends its state. */
export function viewSubmission(fields: { user_id: string; view: Record<string, unknown>; values: Record<string, Record<string, unknown>> }) {
  const payload = {
    type: 'view_submission',
    team: { id: 'T0KURUM1', domain: 'kurum' },
    user: { id: fields.user_id, username: 'kullanici', name: 'kullanici', team_id: 'T0KURUM1' },
    api_app_id: 'A0KURUM1',
    token: 'legacy-verification-token',
    trigger_id: `trig.${Date.now()}`,
    view: {
      id: 'VFEEDBACK1',
      team_id: 'T0KURUM1',
      type: 'modal',
      ...fields.view,
      state: { values: fields.values },
      hash: 'h',
      app_id: 'A0KURUM1',
      bot_id: 'BBOT0001',
    },
    response_urls: [],
  };
  return { payload: JSON.stringify(payload) };
}

/** POSTs exact bytes, signed (or not) as Slack would: for malformed bodies and replays of one signed request. */
export async function postRaw(
  url: string,
  signingSecret: string,
  raw: string | Buffer,
  contentType: string,
  options: { timestampSec?: number; signature?: string } = {},
): Promise<SignedPostResult & { timestampSec: number; signature: string }> {
  const timestampSec = options.timestampSec ?? Math.floor(Date.now() / 1000);
  const signature =
    options.signature ?? `v0=${createHmac('sha256', signingSecret).update(`v0:${timestampSec}:`).update(raw).digest('hex')}`;
  const started = Date.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': contentType, 'X-Slack-Request-Timestamp': String(timestampSec), 'X-Slack-Signature': signature },
    body: typeof raw === "string" ? raw : new Uint8Array(raw),
  });
  const text = await response.text();
  return { status: response.status, text, ms: Date.now() - started, timestampSec, signature };
}
