import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Web API call as the bot made it. */
export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  authorization: string | null;
  at: number;
  /** What the stand-in answered (e.g. the `ts` of a posted message). */
  response: Record<string, unknown>;
}

/** A POST to a response_url (slash command or interactivity follow-ups). */
export interface RecordedResponse {
  id: string;
  body: Record<string, unknown>;
  at: number;
}

export interface StandInFile {
  id: string;
  name: string;
  filetype: string;
  mimetype: string;
  bytes: Buffer;
}

/** A message the bot streamed (chat.startStream → appendStream* → stopStream), as the stand-in assembled it. */
export interface StandInStream {
  ts: string;
  channel: string;
  threadTs: string | null;
  recipientUserId: string | null;
  recipientTeamId: string | null;
  /** markdown_text of every call and markdown_text chunks, in order. */
  text: string;
  /** Every chunk received, in order (markdown_text, task_update, plan_update, blocks). */
  chunks: Record<string, unknown>[];
  state: 'streaming' | 'stopped';
  /** Blocks attached by chat.stopStream (sources, feedback). */
  blocks: unknown[];
}

export const BOT_USER_ID = 'UBOT0001';
export const BOT_ID = 'BBOT0001';
export const TEAM_ID = 'T0KURUM1';

/**
 * A local stand-in for Slack's Web API on 127.0.0.1: a real HTTP server that answers the methods the bot
 * calls (auth.test, chat.* including the streaming methods, assistant.threads.*, views.*, files.info), records
 * every call, serves file downloads (only with the bot token) and receives response_url posts. Point
 * SLACK_API_URL at `apiUrl`.
 */
export class SlackApiStandIn {
  readonly calls: RecordedCall[] = [];
  readonly responses: RecordedResponse[] = [];
  readonly downloads: { fileId: string; authorization: string | null }[] = [];
  readonly streams = new Map<string, StandInStream>();
  readonly #files = new Map<string, StandInFile>();
  readonly #failures = new Map<string, string>();
  readonly #scripted: { method: string; match: (args: Record<string, unknown>) => boolean; status: number; headers: Record<string, string>; times: number }[] = [];
  readonly #held = new Map<string, { match: (args: Record<string, unknown>) => boolean; waiting: (() => void)[] }>();
  #ts = 1_716_000_000;

  private constructor(
    private readonly server: Server,
    readonly baseUrl: string,
    private readonly botToken: string,
  ) {}

  static async start(botToken: string): Promise<SlackApiStandIn> {
    let standIn: SlackApiStandIn | undefined;
    const server = createServer((req, res) => {
      void standIn!.#handle(req, res).catch((error: unknown) => {
        res.writeHead(500).end(String(error));
      });
    });
    // Node closes idle keep-alive sockets after 5 s; on a busy machine the client can reuse one just as it
    // closes ("fetch failed"), and tests run the Web API client without retries. stop() closes them all.
    server.keepAliveTimeout = 10 * 60_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    standIn = new SlackApiStandIn(server, `http://127.0.0.1:${port}`, botToken);
    return standIn;
  }

  /** What SLACK_API_URL is set to. */
  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.baseUrl}/response/${id}`;
  }

  addFile(file: StandInFile): void {
    this.#files.set(file.id, file);
  }

  /** The next call to `method` answers `{ ok: false, error }`. */
  failNext(method: string, error: string): void {
    this.#failures.set(method, error);
  }

  /**
   * The next `times` calls to `method` (those `match` accepts) get an HTTP error status instead of an answer
   * (a 429 with Retry-After, a 500). Recorded as `<method>:<status>`.
   */
  respondWith(
    method: string,
    status: number,
    options: { headers?: Record<string, string>; times?: number; match?: (args: Record<string, unknown>) => boolean } = {},
  ): void {
    this.#scripted.push({ method, status, headers: options.headers ?? {}, times: options.times ?? 1, match: options.match ?? (() => true) });
  }

  /** Stops every scripted error status for `method`. */
  stopResponding(method: string): void {
    for (const x of this.#scripted) if (x.method === method) x.times = 0;
  }

  /**
   * Calls to `method` (those `match` accepts) get no answer until `release(method)`: a Web API call in flight
   * when a bot is killed. Held calls are recorded as `<method>:bekletildi`.
   */
  hold(method: string, match: (args: Record<string, unknown>) => boolean = () => true): void {
    if (!this.#held.has(method)) this.#held.set(method, { match, waiting: [] });
  }

  /** Answers every held call to `method` and stops holding. */
  release(method: string): void {
    const held = this.#held.get(method);
    this.#held.delete(method);
    for (const go of held?.waiting ?? []) go();
  }

  /** Calls to any of `methods`, in the order they were made. */
  callsToAny(...methods: string[]): RecordedCall[] {
    return this.calls.filter((c) => methods.includes(c.method));
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  responsesTo(id: string): RecordedResponse[] {
    return this.responses.filter((r) => r.id === id);
  }

  /** Polls until `find` returns something (or fails after `timeoutMs`, listing the calls seen). */
  async waitFor<T>(find: () => T | undefined | null | false, timeoutMs = 60_000, what = 'beklenen çağrı'): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = find();
      if (found) return found;
      if (Date.now() > deadline) {
        const seen = this.calls.map((c) => c.method).join(', ');
        throw new Error(`${what} ${timeoutMs} ms içinde gelmedi. Görülen çağrılar: ${seen}; response_url: ${this.responses.length}`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.baseUrl);
    const raw = await readBody(req);
    const authorization = req.headers.authorization ?? null;

    if (req.method === 'GET' && url.pathname.startsWith('/files/')) {
      const [, , fileId = ''] = url.pathname.split('/');
      this.downloads.push({ fileId, authorization });
      const file = this.#files.get(fileId);
      if (authorization !== `Bearer ${this.botToken}`) {
        // Slack serves its login page to requests without a valid token.
        res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>giriş yapın</html>');
        return;
      }
      if (!file) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': file.mimetype, 'Content-Length': file.bytes.length }).end(file.bytes);
      return;
    }

    if (req.method === 'POST' && url.pathname.startsWith('/response/')) {
      const id = url.pathname.slice('/response/'.length);
      this.responses.push({ id, body: JSON.parse(raw.toString('utf8') || '{}') as Record<string, unknown>, at: Date.now() });
      res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
      return;
    }

    if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
      const method = url.pathname.slice('/api/'.length);
      const args = parseArgs(raw, req.headers['content-type'] ?? '');
      const held = this.#held.get(method);
      if (held?.match(args)) {
        this.calls.push({ method: `${method}:bekletildi`, args, authorization, at: Date.now(), response: {} });
        await new Promise<void>((resolve) => held.waiting.push(resolve));
        if (res.destroyed) return;
      }
      const scripted = this.#scripted.find((x) => x.method === method && x.times > 0 && x.match(args));
      if (scripted) {
        scripted.times -= 1;
        this.calls.push({ method: `${method}:${scripted.status}`, args, authorization, at: Date.now(), response: {} });
        res.writeHead(scripted.status, { 'Content-Type': 'application/json', ...scripted.headers }).end('{"ok":false}');
        return;
      }
      const failure = this.#failures.get(method);
      this.#failures.delete(method);
      const response = failure ? { ok: false, error: failure } : this.#answer(method, args);
      this.calls.push({ method, args, authorization, at: Date.now(), response });
      return json(res, response);
    }
    res.writeHead(404).end();
  }

  #answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://kurum.slack.com/', team: 'Kurum', user: 'kurum-asistani', team_id: TEAM_ID, user_id: BOT_USER_ID, bot_id: BOT_ID };
      case 'chat.postMessage': {
        const ts = this.#nextTs();
        return { ok: true, channel: args.channel, ts, message: { text: args.text, ts, bot_id: BOT_ID } };
      }
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts, text: args.text };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: this.#nextTs() };
      case 'chat.startStream':
      case 'chat.appendStream':
      case 'chat.stopStream':
        return this.#stream(method, args);
      case 'views.publish':
      case 'views.open':
        return { ok: true, view: { id: `V${this.calls.length}` } };
      case 'files.info': {
        const file = this.#files.get(String(args.file));
        if (!file) return { ok: false, error: 'file_not_found' };
        return {
          ok: true,
          file: {
            id: file.id,
            name: file.name,
            title: file.name,
            filetype: file.filetype,
            mimetype: file.mimetype,
            size: file.bytes.length,
            url_private: `${this.baseUrl}/files/${file.id}/${encodeURIComponent(file.name)}`,
            url_private_download: `${this.baseUrl}/files/${file.id}/download/${encodeURIComponent(file.name)}`,
          },
        };
      }
      default:
        return { ok: true };
    }
  }

  /**
   * Slack's text streaming as documented: a stream starts in a thread (recipient ids required outside a DM),
   * takes appends only while streaming, and each call needs markdown_text or chunks (stop may carry blocks).
   */
  #stream(method: string, args: Record<string, unknown>): Record<string, unknown> {
    const chunks = Array.isArray(args.chunks) ? (args.chunks as Record<string, unknown>[]) : [];
    const markdown = typeof args.markdown_text === 'string' ? args.markdown_text : '';
    const addText = (stream: StandInStream) => {
      stream.text += markdown;
      for (const chunk of chunks) {
        stream.chunks.push(chunk);
        if (chunk.type === 'markdown_text' && typeof chunk.text === 'string') stream.text += chunk.text;
      }
    };
    if (method === 'chat.startStream') {
      const channel = String(args.channel ?? '');
      if (!channel || !args.thread_ts) return { ok: false, error: 'invalid_arguments' };
      if (!channel.startsWith('D') && (!args.recipient_user_id || !args.recipient_team_id)) return { ok: false, error: 'missing_recipient' };
      const ts = this.#nextTs();
      const stream: StandInStream = {
        ts,
        channel,
        threadTs: String(args.thread_ts),
        recipientUserId: (args.recipient_user_id as string | undefined) ?? null,
        recipientTeamId: (args.recipient_team_id as string | undefined) ?? null,
        text: '',
        chunks: [],
        state: 'streaming',
        blocks: [],
      };
      addText(stream);
      this.streams.set(ts, stream);
      return { ok: true, channel, ts };
    }
    const stream = this.streams.get(String(args.ts));
    if (!stream || stream.channel !== args.channel) return { ok: false, error: 'message_not_found' };
    if (stream.state !== 'streaming') return { ok: false, error: 'message_not_in_streaming_state' };
    if (method === 'chat.appendStream' && markdown === '' && chunks.length === 0) return { ok: false, error: 'invalid_arguments' };
    addText(stream);
    if (method === 'chat.stopStream') {
      stream.state = 'stopped';
      stream.blocks = Array.isArray(args.blocks) ? args.blocks : [];
    }
    return { ok: true, channel: stream.channel, ts: stream.ts };
  }

  #nextTs(): string {
    this.#ts += 1;
    return `${this.#ts}.000100`;
  }
}

function parseArgs(raw: Buffer, contentType: string): Record<string, unknown> {
  const text = raw.toString('utf8');
  if (contentType.includes('application/json')) return JSON.parse(text || '{}') as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    args[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return args;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function json(res: ServerResponse, body: Record<string, unknown>): void {
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
