import { Embeddings } from '@langchain/core/embeddings';
import { AppError } from '../errors.js';

/** An embedding server that could not be used; the message names the provider, its URL and the settings to check. */
export class EmbeddingEndpointError extends AppError<'embedding_endpoint'> {
  constructor(provider: string, url: string, settings: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message.replace(/[.\s]+$/u, '') : String(cause);
    super(
      'embedding_endpoint',
      `Gömme sağlayıcısı kullanılamadı: ${provider}, ${url} (${reason}). Sunucunun çalıştığını ve şu ayarları denetleyin: ${settings}; çevrimdışı çalışmak için EMBEDDINGS_PROVIDER=local.`,
      { cause },
    );
  }
}

/** Wraps a remote embedder so a failure says which server failed instead of "fetch failed" or "Connection error.". */
export class EndpointEmbeddings extends Embeddings {
  constructor(
    private readonly inner: Embeddings,
    private readonly endpoint: { provider: string; url: string; settings: string },
  ) {
    super({});
  }

  private fail(cause: unknown): never {
    throw new EmbeddingEndpointError(this.endpoint.provider, this.endpoint.url, this.endpoint.settings, cause);
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    try {
      return await this.inner.embedDocuments(texts);
    } catch (error) {
      this.fail(error);
    }
  }

  async embedQuery(text: string): Promise<number[]> {
    try {
      return await this.inner.embedQuery(text);
    } catch (error) {
      this.fail(error);
    }
  }
}
