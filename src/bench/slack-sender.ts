/**
 * Slack's side of the load bench, in a process of its own: `node --import tsx src/bench/slack-sender.ts` reads
 * `{ url, signingSecret, bodies, spacingMs? }` as JSON on stdin, posts every body (at once, or one every
 * `spacingMs`) as a signed Events API request (`<url>?bench=<i>`), and prints one JSON line: per request its status, when it was sent (epoch ms, the
 * machine's clock) and how long the response took. Sent from the bot's own process, the requests would wait
 * for the bot's event loop before they even left, which Slack's requests never do.
 */
import { postSigned } from '../../test/fakes/slack-requests.js';

export interface SenderRequest {
  url: string;
  signingSecret: string;
  bodies: unknown[];
  /** 0: all at once; otherwise request i is sent i × spacingMs after the first. */
  spacingMs?: number;
  /** Number of the first request in the `?bench=` query (a second wave continues the numbering). */
  firstIndex?: number;
}

export interface SentRequest {
  status: number;
  /** performance.timeOrigin + performance.now() when the request was sent: comparable across processes. */
  sentAtEpochMs: number;
  ms: number;
}

async function main(): Promise<void> {
  let input = '';
  for await (const chunk of process.stdin) input += (chunk as Buffer).toString('utf8');
  const request = JSON.parse(input) as SenderRequest;
  const results = await Promise.all(
    request.bodies.map(async (json, i): Promise<SentRequest> => {
      if (request.spacingMs) await new Promise((r) => setTimeout(r, i * request.spacingMs!));
      const sentAtEpochMs = performance.timeOrigin + performance.now();
      const { status, ms } = await postSigned(`${request.url}?bench=${(request.firstIndex ?? 0) + i}`, request.signingSecret, { json });
      return { status, sentAtEpochMs, ms };
    }),
  );
  process.stdout.write(`${JSON.stringify(results)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
