import { createServer, request, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A forward HTTP proxy on 127.0.0.1, like a ministry's outbound proxy: CONNECT tunnels and absolute-form requests.
 * It records every request line it carries (inside plain-HTTP tunnels too), so a test can see which calls went
 * through it.
 */
export class RecordingProxy {
  readonly seen: string[] = [];
  readonly #sockets = new Set<Socket>();
  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<RecordingProxy> {
    let proxy: RecordingProxy | undefined;
    const server = createServer((req, res) => {
      proxy!.seen.push(`${req.method} ${req.url}`);
      const target = new URL(req.url ?? '/');
      const upstream = request(
        { host: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
    });
    server.on('connect', (req, client: Socket, head: Buffer) => {
      proxy!.seen.push(`CONNECT ${req.url}`);
      const [host, port] = (req.url ?? '').split(':');
      const upstream = connect(Number(port), host, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        if (head.length) upstream.write(head);
        client.on('data', (chunk: Buffer) => {
          for (const m of chunk.toString('latin1').matchAll(/(?:^|\r\n)(GET|POST|PUT|DELETE) (\S+) HTTP\/1\.1/g)) proxy!.seen.push(`${m[1]} ${m[2]}`);
        });
        client.pipe(upstream);
        upstream.pipe(client);
      });
      for (const s of [client, upstream]) {
        proxy!.#sockets.add(s);
        s.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
        s.on('close', () => proxy!.#sockets.delete(s));
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    proxy = new RecordingProxy(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return proxy;
  }

  async stop(): Promise<void> {
    for (const s of this.#sockets) s.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
