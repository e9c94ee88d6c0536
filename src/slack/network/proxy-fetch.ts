import { EnvHttpProxyAgent, fetch as undiciFetch, type Dispatcher } from 'undici';

export interface ProxySettings {
  httpsProxy?: string | undefined;
  httpProxy?: string | undefined;
  noProxy?: string | undefined;
}

export interface Network {
  /** fetch through the proxy when one is configured (and the host is not in NO_PROXY). */
  fetch: typeof fetch;
  /** For Socket Mode's WebSocket; undefined without a proxy. */
  dispatcher: Dispatcher | undefined;
  /** For messages: "HTTPS_PROXY=http://vekil:3128" or "HTTPS_PROXY tanımlı değil". */
  describe(): string;
  close(): Promise<void>;
}

/**
 * One outbound path for everything that talks to Slack (Web API, Socket Mode, file downloads): Node's fetch does
 * not read HTTPS_PROXY itself, so inside a closed network the bot would just time out. undici's EnvHttpProxyAgent
 * applies HTTP_PROXY/HTTPS_PROXY/NO_PROXY per request, with the settings passed in (config reads the environment).
 */
export function createNetwork(settings: ProxySettings): Network {
  const configured = Boolean(settings.httpsProxy || settings.httpProxy);
  const dispatcher = configured
    ? new EnvHttpProxyAgent({
        // Everything this agent carries goes to Slack, so HTTPS_PROXY alone also covers an http:// SLACK_API_URL
        // (a gateway inside the institution); HTTP_PROXY, when set, takes those.
        httpProxy: settings.httpProxy ?? settings.httpsProxy,
        ...(settings.httpsProxy ? { httpsProxy: settings.httpsProxy } : {}),
        ...(settings.noProxy ? { noProxy: settings.noProxy } : {}),
      })
    : undefined;
  const proxiedFetch = dispatcher
    ? ((input, init) => undiciFetch(input as Parameters<typeof undiciFetch>[0], { ...(init as object), dispatcher } as never)) as typeof fetch
    : globalThis.fetch;
  return {
    fetch: proxiedFetch,
    dispatcher,
    describe() {
      if (!configured) return 'HTTPS_PROXY tanımlı değil (doğrudan bağlantı)';
      const parts = [];
      if (settings.httpsProxy) parts.push(`HTTPS_PROXY=${withoutPassword(settings.httpsProxy)}`);
      if (settings.httpProxy) parts.push(`HTTP_PROXY=${withoutPassword(settings.httpProxy)}`);
      if (settings.noProxy) parts.push(`NO_PROXY=${settings.noProxy}`);
      return parts.join(', ');
    },
    async close() {
      await dispatcher?.close();
    },
  };
}

function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return url;
  }
}
