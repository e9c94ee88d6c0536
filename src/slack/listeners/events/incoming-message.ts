/** The fields of a `message` event we read; Bolt's union of message subtypes is narrowed to this shape. */
export interface IncomingMessage {
  channel: string;
  channel_type?: string;
  user?: string;
  bot_id?: string;
  subtype?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  files?: unknown[];
}

/** A plain human message: not a bot, not an edit/deletion/join notice, not a file upload. */
export function isPlainHumanMessage(message: IncomingMessage): message is IncomingMessage & { user: string } {
  return (
    typeof message.user === 'string' &&
    !message.bot_id &&
    (message.subtype === undefined || message.subtype === 'thread_broadcast') &&
    !(Array.isArray(message.files) && message.files.length > 0)
  );
}
