import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Minimal stand-ins speaking the Anthropic Messages API (POST /v1/messages) and Ollama's chat API
 * (POST /api/chat, NDJSON when streaming), enough to prove the provider wiring end to end: each records
 * the request bodies and answers with the step a script computes from them.
 */

export interface ProviderStandIn {
  url: string;
  bodies: Record<string, unknown>[];
  close(): Promise<void>;
}

export type ScriptedCall = { name: string; args: Record<string, unknown> };

async function serve(route: string, respond: (body: Record<string, unknown>, res: http.ServerResponse) => void): Promise<ProviderStandIn> {
  const bodies: Record<string, unknown>[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (raw += d));
    req.on('end', () => {
      if (req.method !== 'POST' || !req.url?.startsWith(route)) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"no route"}');
        return;
      }
      const body = JSON.parse(raw) as Record<string, unknown>;
      bodies.push(body);
      respond(body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    bodies,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** Texts of every message, whatever the wire format puts in `content` (string or blocks, tool results). */
export function messageTexts(body: Record<string, unknown>): string[] {
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const v = value as Record<string, unknown>;
      if (typeof v.text === 'string') texts.push(v.text);
      if (v.content !== undefined) walk(v.content);
    }
  };
  walk(body.messages);
  return texts;
}

export function startAnthropicStandIn(script: (body: Record<string, unknown>, turn: number) => ScriptedCall): Promise<ProviderStandIn> {
  let turn = 0;
  return serve('/v1/messages', (body, res) => {
    const call = script(body, turn++);
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        id: `msg_${turn}`, type: 'message', role: 'assistant', model: body.model,
        content: [{ type: 'tool_use', id: `toolu_${turn}`, name: call.name, input: call.args }],
        stop_reason: 'tool_use', stop_sequence: null, usage: { input_tokens: 10, output_tokens: 10 },
      }),
    );
  });
}

export function startOllamaStandIn(script: (body: Record<string, unknown>, turn: number) => ScriptedCall): Promise<ProviderStandIn> {
  let turn = 0;
  return serve('/api/chat', (body, res) => {
    const call = script(body, turn++);
    const message = { role: 'assistant', content: '', tool_calls: [{ function: { name: call.name, arguments: call.args } }] };
    const done = { model: body.model, created_at: new Date(0).toISOString(), message, done: true, done_reason: 'stop', eval_count: 1, prompt_eval_count: 1 };
    if (body.stream === false) res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(done));
    else res.writeHead(200, { 'content-type': 'application/x-ndjson' }).end(`${JSON.stringify(done)}\n`);
  });
}
