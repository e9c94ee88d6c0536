import diagnostics from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import { summarize, type LatencySummary } from './measure.js';
import { runChild } from './run-probe.js';
import type { SenderRequest, SentRequest } from './slack-sender.js';

/**
 * Instruments of the Slack load bench: Slack's side in a process of its own, and timestamps the server takes
 * of each request and of each engine answer, folded into what an ack waits for.
 */

/** Per-request timestamps (ms from the first send) folded into summaries: what an ack waits for. */
export interface SlackLoadTimeline {
  /** Send → the server saw the request (headers parsed): time spent waiting for the event loop to accept it. */
  received: LatencySummary;
  /** Request seen → response written by the server (what Slack's 3 s clock measures, less the network). */
  serverAck: LatencySummary;
  /** One engine answer (askStream, start to final event; waiting in the engine's queue included). */
  compute: LatencySummary;
  /** Acks written after the first answer of the wave started (0: every ack went out before any answering). */
  acksAfterFirstAnswer: number;
  /** When the first answer started and the last ack was written, ms from the first send. */
  firstAnswerStartMs: number;
  lastAckMs: number;
}

/** Runs slack-sender.ts (Slack's side) in its own process and returns what it measured. */
export function sendFromAnotherProcess(repoRoot: string, request: SenderRequest): Promise<SentRequest[]> {
  // Fifty signed bodies can outgrow one command-line argument: the request goes on stdin.
  return runChild(repoRoot, 'src/bench/slack-sender.ts', request, 'stdin');
}

export interface Span {
  start: number;
  end: number;
}

/** Server-side request seen / response finished for one path (Node's http diagnostics channels), by `?bench=i`. */
export function watchServer(pathname: string): { spans: Map<number, Partial<Span>>; stop(): void } {
  const spans = new Map<number, Partial<Span>>();
  const indexOf = (request: IncomingMessage) => {
    const [path, query] = (request.url ?? '').split('?');
    const n = path === pathname ? /(?:^|&)bench=(\d+)/.exec(query ?? '')?.[1] : undefined;
    return n === undefined ? undefined : Number(n);
  };
  const onStart = (message: unknown) => {
    const i = indexOf((message as { request: IncomingMessage }).request);
    if (i !== undefined) spans.set(i, { start: performance.now() });
  };
  const onFinish = (message: unknown) => {
    const i = indexOf((message as { request: IncomingMessage }).request);
    const span = i === undefined ? undefined : spans.get(i);
    if (span) span.end = performance.now();
  };
  diagnostics.subscribe('http.server.request.start', onStart);
  diagnostics.subscribe('http.server.response.finish', onFinish);
  return {
    spans,
    stop() {
      diagnostics.unsubscribe('http.server.request.start', onStart);
      diagnostics.unsubscribe('http.server.response.finish', onFinish);
    },
  };
}

/** Records when each engine answer starts and ends (the bench's own assistant; nothing else is changed). */
export function timeAnswers(assistant: { askStream: (...args: never[]) => AsyncIterable<{ type: string }> }): { spans: Span[] } {
  const spans: Span[] = [];
  const askStream = assistant.askStream.bind(assistant) as (...args: unknown[]) => AsyncIterable<{ type: string }>;
  (assistant as { askStream: unknown }).askStream = async function* timed(...args: unknown[]) {
    const span = { start: performance.now(), end: Number.NaN };
    try {
      for await (const event of askStream(...args)) {
        if (event.type === 'final') span.end = performance.now();
        yield event;
      }
    } finally {
      if (Number.isFinite(span.end)) spans.push(span);
    }
  };
  return { spans };
}

export function foldTimeline(origin: number, sends: readonly number[], server: Map<number, Partial<Span>>, compute: readonly Span[]): SlackLoadTimeline {
  const seen = [...server].filter((entry): entry is [number, Span] => entry[1].start !== undefined && entry[1].end !== undefined);
  const firstAnswer = compute.length ? Math.min(...compute.map((s) => s.start)) : Number.POSITIVE_INFINITY;
  return {
    received: summarize(seen.map(([i, s]) => s.start - sends[i]!)),
    serverAck: summarize(seen.map(([, s]) => s.end - s.start)),
    compute: summarize(compute.map((s) => s.end - s.start)),
    acksAfterFirstAnswer: seen.filter(([, s]) => s.end > firstAnswer).length,
    firstAnswerStartMs: firstAnswer - origin,
    lastAckMs: seen.length ? Math.max(...seen.map(([, s]) => s.end)) - origin : Number.NaN,
  };
}

