/**
 * A `fetch` for the OpenAI client that accepts what self-hosted OpenAI-compatible servers really send:
 * some answer a streaming request with one JSON body, some stream (SSE) when asked not to, some label
 * either as text/plain. The reply is turned into the form that was asked for, so the SDK reads either.
 * Errors pass through untouched.
 */
export function tolerantOpenAiFetch(inner: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const response = await inner(input, init);
    if (!response.ok || typeof init?.body !== 'string') return response;
    let wantsStream: boolean;
    try {
      wantsStream = (JSON.parse(init.body) as { stream?: unknown }).stream === true;
    } catch {
      return response;
    }
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('text/event-stream')) return wantsStream ? response : completionFromSse(await response.text(), response);
    if (type.includes('json')) return wantsStream ? sseFromCompletion(await response.text(), response) : response;
    // No or a wrong content type (text/plain): tell the two kinds of body apart by how they start.
    const text = await response.text();
    const isSse = /^\s*(data|event|id|retry|:)/u.test(text);
    if (wantsStream) return isSse ? rebuilt(response, text, 'text/event-stream') : sseFromCompletion(text, response);
    return isSse ? completionFromSse(text, response) : rebuilt(response, text, 'application/json');
  };
}

interface ToolCallDelta {
  index?: number;
  id?: string;
  type?: string;
  function?: { name?: string; arguments?: string };
}

function rebuilt(response: Response, body: string, contentType: string): Response {
  const headers = new Headers(response.headers);
  headers.set('content-type', contentType);
  headers.delete('content-length');
  headers.delete('content-encoding');
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

/** A chat.completion JSON as the one-chunk stream the SDK expects. */
function sseFromCompletion(text: string, response: Response): Response {
  let completion: { id?: string; model?: string; created?: number; choices?: { index?: number; message?: Record<string, unknown>; finish_reason?: string }[] };
  try {
    completion = JSON.parse(text);
  } catch {
    // Not JSON at all: hand it on as it came, and the SDK reports a malformed reply.
    return rebuilt(response, text, 'text/event-stream');
  }
  const chunks = (completion.choices ?? []).map((choice, i) => {
    const message = choice.message ?? {};
    const toolCalls = Array.isArray(message.tool_calls)
      ? (message.tool_calls as ToolCallDelta[]).map((c, index) => ({ index, id: c.id, type: 'function', function: c.function }))
      : undefined;
    return {
      id: completion.id ?? 'chatcmpl-converted', object: 'chat.completion.chunk', created: completion.created ?? 0, model: completion.model ?? '',
      choices: [{ index: choice.index ?? i, delta: { role: 'assistant', content: message.content ?? '', ...(toolCalls ? { tool_calls: toolCalls } : {}) }, finish_reason: choice.finish_reason ?? 'stop' }],
    };
  });
  const body = chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`).join('') + 'data: [DONE]\n\n';
  return rebuilt(response, body, 'text/event-stream');
}

/** An SSE stream folded into the chat.completion JSON a non-streaming request expects. */
function completionFromSse(text: string, response: Response): Response {
  let content = '';
  let finish: string | null = null;
  let id = 'chatcmpl-converted';
  let model = '';
  const calls: { id?: string; type: 'function'; function: { name: string; arguments: string } }[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.startsWith('data:')) continue;
    const data = line.slice(5).trim();
    if (data === '' || data === '[DONE]') continue;
    // A broken line is kept broken: the SDK then reports a malformed reply instead of half an answer.
    let chunk: { id?: string; model?: string; choices?: { delta?: { content?: string | null; tool_calls?: ToolCallDelta[] }; finish_reason?: string | null }[] };
    try {
      chunk = JSON.parse(data);
    } catch {
      return rebuilt(response, text, 'application/json');
    }
    id = chunk.id ?? id;
    model = chunk.model ?? model;
    const choice = chunk.choices?.[0];
    if (!choice) continue;
    content += choice.delta?.content ?? '';
    finish = choice.finish_reason ?? finish;
    for (const delta of choice.delta?.tool_calls ?? []) {
      const at = delta.index ?? calls.length;
      const call = (calls[at] ??= { type: 'function', function: { name: '', arguments: '' } });
      if (delta.id) call.id = delta.id;
      if (delta.function?.name) call.function.name += delta.function.name;
      if (delta.function?.arguments) call.function.arguments += delta.function.arguments;
    }
  }
  const message = { role: 'assistant', content: content === '' && calls.length > 0 ? null : content, ...(calls.length > 0 ? { tool_calls: calls.filter(Boolean) } : {}) };
  const completion = { id, object: 'chat.completion', created: 0, model, choices: [{ index: 0, message, finish_reason: finish ?? 'stop' }] };
  return rebuilt(response, JSON.stringify(completion), 'application/json');
}
