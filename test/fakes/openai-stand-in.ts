import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local OpenAI-compatible server (POST /v1/chat/completions) that records every request and plays a
 * script: one step per request, in order. A step is a reply (text and/or tool calls — sent as one JSON body,
 * or as SSE with arguments split into small deltas when the request asked to stream), an HTTP error with
 * headers (429 + Retry-After), a hang, or a raw body (malformed JSON). A step may be a function of the
 * request, so a script can quote from the passages the engine actually sent. When the script runs out
 * the server answers 500, so a test sees an engine that asked more than expected.
 */

export interface ScriptedToolCall {
  name: string;
  /** An object is sent as its JSON; a string is sent as it is (for malformed arguments). */
  arguments: unknown;
  id?: string;
}

export type Step =
  | { reply: { content?: string; toolCalls?: ScriptedToolCall[] }; sse?: boolean }
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { hang: true }
  | { raw: string; contentType?: string; sse?: boolean };

export type StepFn = (request: RecordedRequest, index: number) => Step;

export interface ChatMessage {
  role: string;
  content: string | null | { type: string; text?: string }[];
  tool_calls?: { id: string; type: string; function: { name: string; arguments: string } }[];
  tool_call_id?: string;
  name?: string;
}

export interface RecordedRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: { model?: string; stream?: boolean; messages: ChatMessage[]; tools?: { type: string; function: { name: string; description?: string; parameters?: unknown } }[] } & Record<string, unknown>;
}

export interface OpenAiStandIn {
  /** Base URL to put in OPENAI_BASE_URL (ends in /v1). */
  url: string;
  requests: RecordedRequest[];
  /** When each request arrived (Date.now()), beside `requests`. */
  arrivals: number[];
  /** Plays a new script from its first step and forgets the requests recorded so far. */
  play(script: (Step | StepFn)[] | StepFn): void;
  close(): Promise<void>;
}

export const toolCall = (name: string, args: unknown, id?: string): ScriptedToolCall => ({ name, arguments: args, id });
export const reply = (toolCalls: ScriptedToolCall[], content = ''): Step => ({ reply: { content, toolCalls } });
export const submit = (answer: string, citations: { passage_id: string; quote: string }[]): Step => reply([toolCall('submit_answer', { answer, citations })]);

export function textOf(message: ChatMessage): string {
  if (typeof message.content === 'string') return message.content;
  return (message.content ?? []).map((p) => p.text ?? '').join('');
}

export interface PassageLike {
  passage_id: string;
  text: string;
  title: string;
  locator: string;
}

/** Every passage the engine has shown the model so far: the first retrieval in the prompt and each search result. */
export function passagesSeen(request: RecordedRequest): PassageLike[] {
  return passagesInTexts(request.body.messages.map(textOf));
}

/** Passages in message texts of any wire format (the prompt's <belge_parcalari> block, search results). */
export function passagesInTexts(texts: readonly string[]): PassageLike[] {
  const out: PassageLike[] = [];
  for (const text of texts) {
    for (const candidate of jsonArraysIn(text)) {
      for (const p of candidate) if (p && typeof p === 'object' && 'passage_id' in p && 'text' in p) out.push(p as PassageLike);
    }
  }
  return out;
}

function jsonArraysIn(text: string): unknown[][] {
  const arrays: unknown[][] = [];
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    try {
      arrays.push(JSON.parse(trimmed));
    } catch {
      /* not a bare array */
    }
  }
  const block = /<belge_parcalari>\s*([\s\S]*?)\s*<\/belge_parcalari>/u.exec(text);
  if (block) {
    try {
      arrays.push(JSON.parse(block[1]!));
    } catch {
      /* not JSON */
    }
  }
  return arrays;
}

/** The id of a passage shown so far whose text contains `needle` (whitespace-insensitive), or throws. */
export function passageIdWith(request: RecordedRequest | PassageLike[], needle: string): string {
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  const passages = Array.isArray(request) ? request : passagesSeen(request);
  const found = passages.find((p) => squash(p.text).includes(squash(needle)));
  if (!found) throw new Error(`stand-in: no passage shown contains "${needle}"`);
  return found.passage_id;
}

export function toolResults(request: RecordedRequest): ChatMessage[] {
  return request.body.messages.filter((m) => m.role === 'tool');
}

export async function startOpenAiStandIn(initial: (Step | StepFn)[] | StepFn = []): Promise<OpenAiStandIn> {
  const requests: RecordedRequest[] = [];
  const arrivals: number[] = [];
  let script = initial;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (raw += d));
    req.on('end', () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: `no route ${req.url}` } }));
        return;
      }
      const request: RecordedRequest = { path: req.url, headers: req.headers, body: JSON.parse(raw) };
      requests.push(request);
      arrivals.push(Date.now());
      const index = requests.length - 1;
      const entry = typeof script === 'function' ? script : script[index];
      if (!entry) {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'senaryo bitti' } }));
        return;
      }
      let step: Step;
      try {
        step = typeof entry === 'function' ? entry(request, index) : entry;
      } catch (error) {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: (error as Error).message } }));
        return;
      }
      play(step, request, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    arrivals,
    play(next) {
      script = next;
      requests.length = 0;
      arrivals.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function play(step: Step, request: RecordedRequest, res: http.ServerResponse): void {
  if ('hang' in step) return; // never answers; the client must give up on its own
  if ('status' in step) {
    const body = typeof step.body === 'string' ? step.body : JSON.stringify(step.body ?? { error: { message: `HTTP ${step.status}` } });
    res.writeHead(step.status, { 'content-type': 'application/json', ...step.headers }).end(body);
    return;
  }
  if ('raw' in step) {
    const sse = step.sse ?? request.body.stream === true;
    res.writeHead(200, { 'content-type': step.contentType ?? (sse ? 'text/event-stream' : 'application/json') }).end(step.raw);
    return;
  }
  const calls = (step.reply.toolCalls ?? []).map((c, i) => ({
    id: c.id ?? `call_${Math.random().toString(36).slice(2, 10)}_${i}`,
    type: 'function',
    function: { name: c.name, arguments: typeof c.arguments === 'string' ? c.arguments : JSON.stringify(c.arguments) },
  }));
  const content = step.reply.content ?? '';
  const finish = calls.length > 0 ? 'tool_calls' : 'stop';
  const model = request.body.model ?? 'stand-in';
  if (!(step.sse ?? request.body.stream === true)) {
    const message = { role: 'assistant', content: content === '' && calls.length > 0 ? null : content, ...(calls.length > 0 ? { tool_calls: calls } : {}) };
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({ id: 'chatcmpl-stand-in', object: 'chat.completion', created: 0, model, choices: [{ index: 0, message, finish_reason: finish }] }),
    );
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const send = (delta: Record<string, unknown>, finishReason: string | null = null) =>
    res.write(`data: ${JSON.stringify({ id: 'chatcmpl-stand-in', object: 'chat.completion.chunk', created: 0, model, choices: [{ index: 0, delta, finish_reason: finishReason }] })}\n\n`);
  send({ role: 'assistant', content: '' });
  for (const piece of pieces(content, 8)) send({ content: piece });
  calls.forEach((call, index) => {
    send({ tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.function.name, arguments: '' } }] });
    for (const piece of pieces(call.function.arguments, 7)) send({ tool_calls: [{ index, function: { arguments: piece } }] });
  });
  send({}, finish);
  res.end('data: [DONE]\n\n');
}

function pieces(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}
