import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HTTPModuleFunctions, HTTPResponseAck, type App, type Logger, type Receiver, type ReceiverEvent } from '@slack/bolt';
import { EVENT_CLAIMED } from '../dedupe-events.js';
import { logDetail } from '../describe-error.js';
import { parseSlackBody } from './parse-slack-body.js';
import { SIGNATURE_WINDOW_SECONDS, verifySlackSignature } from './verify-slack-signature.js';

/** Slack's largest payloads (a view submission with many blocks) stay well under this. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface HardenedReceiverOptions {
  signingSecret: string;
  logger: Logger;
  /** Path Slack posts events, commands and interactivity to. */
  endpoint: string;
  /** GET routes served beside it (health). */
  routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void>;
  /**
   * First use of a signature wins: a shared-store claim, so a replay within the window is refused on every
   * instance, not only the one that saw the original.
   */
  claimSignature(key: string, ttlMs: number): Promise<boolean>;
  /** Gives a signature back when its request was refused unprocessed (500): Slack's retry may carry the same one. */
  releaseSignature(key: string): Promise<void>;
  /**
   * Claims an Events API event id in the shared store before the request is acknowledged: a copy (Slack's
   * retry, or the same event at another instance) is dropped here, and a store that cannot record the claim
   * answers 500, so Slack delivers the event again instead of it being acknowledged and lost.
   */
  claimEvent?(eventId: string): Promise<boolean>;
  /** null when ready; otherwise why events cannot be taken yet (answered 503). */
  notReady(): string | null;
  clock?: () => Date;
  maxBodyBytes?: number;
}

/**
 * The HTTP edge in front of Bolt's dispatch. Bolt's HTTPReceiver crashes the process on a validly signed `null`
 * body (an unhandled rejection in its request path) and accepts timestamps from the future, so this receiver owns
 * the edge: body size, signature (window both ways), replay, shape — each refusal a status code and a log line —
 * and only a well-formed Slack body reaches `app.processEvent`, with Bolt's own ack semantics (HTTPResponseAck).
 */
export class HardenedReceiver implements Receiver {
  #app: App | undefined;
  #server: Server | undefined;
  readonly #options: HardenedReceiverOptions;

  constructor(options: HardenedReceiverOptions) {
    this.#options = options;
  }

  init(app: App): void {
    this.#app = app;
  }

  async start(port: number, host?: string): Promise<Server> {
    const server = createServer((req, res) => {
      this.#handle(req, res).catch((error: unknown) => {
        this.#options.logger.error(`HTTP isteği işlenirken beklenmeyen hata (${req.method} ${req.url}): ${logDetail(error)}`);
        if (!res.headersSent) res.writeHead(500).end();
        else res.end();
      });
    });
    // A client error (malformed HTTP) closes that socket only.
    server.on('clientError', (_error, socket) => socket.destroy());
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    server.on('error', (error) => this.#options.logger.error(`HTTP sunucusu hatası: ${logDetail(error)}`));
    this.#server = server;
    return server;
  }

  port(): number | undefined {
    const address = this.#server?.address() as AddressInfo | string | null | undefined;
    return typeof address === 'object' && address ? address.port : undefined;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    if (!server) return;
    server.closeIdleConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    const { logger } = this.#options;
    if (req.method === 'GET' && path && this.#options.routes[path]) {
      this.#options.routes[path]!(req, res);
      return;
    }
    if (path !== this.#options.endpoint) return void res.writeHead(404).end();
    if (req.method !== 'POST') return void res.writeHead(405, { Allow: 'POST' }).end();

    const maxBytes = this.#options.maxBodyBytes ?? MAX_BODY_BYTES;
    const raw = await readBody(req, maxBytes);
    if (raw === null) {
      logger.warn(`Slack isteği reddedildi (400): gövde ${maxBytes} bayttan büyük`);
      return void res.writeHead(400, { Connection: 'close' }).end();
    }
    const nowMs = (this.#options.clock?.() ?? new Date()).getTime();
    const verdict = verifySlackSignature({
      signingSecret: this.#options.signingSecret,
      timestampHeader: header(req, 'x-slack-request-timestamp'),
      signatureHeader: header(req, 'x-slack-signature'),
      rawBody: raw,
      nowMs,
    });
    if (!verdict.ok) {
      logger.warn(`Slack isteği reddedildi (401): ${verdict.reason}`);
      return void res.writeHead(401).end();
    }
    const notReady = this.#options.notReady();
    if (notReady) {
      logger.warn(`Slack isteği şimdilik alınamadı (503): ${notReady}`);
      return void res.writeHead(503, { 'Retry-After': '5' }).end();
    }
    // A signature is valid for twice the window (timestamps up to 5 min either side of ours), then refused anyway.
    const ttlMs = 2 * SIGNATURE_WINDOW_SECONDS * 1000;
    const signatureKey = `imza:${verdict.timestampSec}:${verdict.signature}`;
    if (!(await this.#options.claimSignature(signatureKey, ttlMs))) {
      logger.warn(`Yinelenen imzalı istek yok sayıldı (tekrar oynatma): zaman damgası ${verdict.timestampSec}`);
      return void res.writeHead(200).end();
    }
    const parsed = parseSlackBody(raw, header(req, 'content-type'));
    if (!parsed.ok) {
      logger.warn(`Slack isteği reddedildi (400): ${parsed.reason}`);
      return void res.writeHead(400).end();
    }
    if (parsed.kind === 'ssl_check') return void HTTPModuleFunctions.buildSSLCheckResponse(res);
    if (parsed.kind === 'url_verification') return void HTTPModuleFunctions.buildUrlVerificationResponse(res, parsed.body);
    const eventId = parsed.kind === 'event' && typeof parsed.body.event_id === 'string' ? parsed.body.event_id : undefined;
    if (eventId !== undefined && this.#options.claimEvent) {
      let claimed: boolean;
      try {
        claimed = await this.#options.claimEvent(eventId);
      } catch (error) {
        // Not processed: a retry sent within the same second has the same timestamp and signature, and must not
        // be refused as a replay.
        await this.#options.releaseSignature(signatureKey).catch(() => undefined);
        logger.error(`Olay kaydedilemedi, Slack yeniden gönderecek (500): ${eventId}: ${logDetail(error)}`);
        return void res.writeHead(500).end();
      }
      if (!claimed) {
        logger.debug(`Yinelenen olay atlandı: ${eventId} (deneme ${header(req, 'x-slack-retry-num') ?? '0'})`);
        return void res.writeHead(200).end();
      }
    }
    await this.#dispatch(req, res, parsed.body, eventId !== undefined && this.#options.claimEvent !== undefined);
  }

  async #dispatch(req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>, eventClaimed: boolean): Promise<void> {
    const { logger } = this.#options;
    const ack = new HTTPResponseAck({ logger, processBeforeResponse: false, httpRequest: req, httpRequestBody: body, httpResponse: res });
    const event: ReceiverEvent = {
      body,
      ack: ack.bind(),
      retryNum: HTTPModuleFunctions.extractRetryNumFromHTTPRequest(req),
      retryReason: HTTPModuleFunctions.extractRetryReasonFromHTTPRequest(req),
      // The dedupe middleware (dedupe-events.ts) sees that this event's id is already claimed.
      ...(eventClaimed ? { customProperties: { [EVENT_CLAIMED]: true } } : {}),
    };
    try {
      await this.#app?.processEvent(event);
    } catch (error) {
      logger.error(`Slack olayı işlenemedi: ${logDetail(error)}`);
      if (!res.headersSent) {
        ack.ack();
        res.writeHead(500).end();
      }
    }
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Reads at most `maxBytes`; null (and the rest discarded) when the body is larger. */
async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > maxBytes) {
    req.resume();
    return null;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      req.resume();
      return null;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
