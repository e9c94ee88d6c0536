import type { Embeddings } from '@langchain/core/embeddings';
import type { Config } from '../config/index.js';
import { EndpointEmbeddings } from './endpoint-embeddings.js';
import { LocalHashEmbeddings } from './local-hash-embeddings.js';

export interface NamedEmbeddings {
  embeddings: Embeddings;
  /** Recorded in the index manifest: an index built by one embedder is never queried with another. */
  id: string;
}

/** Local by default; OpenAI-compatible or Ollama when configured (loaded lazily: offline installs never touch them). */
export async function createEmbeddings(config: Config): Promise<NamedEmbeddings> {
  switch (config.EMBEDDINGS_PROVIDER) {
    case 'local': {
      const embeddings = new LocalHashEmbeddings();
      return { embeddings, id: embeddings.id };
    }
    case 'openai': {
      const { OpenAIEmbeddings } = await import('@langchain/openai');
      const remote = new OpenAIEmbeddings({
        model: config.OPENAI_EMBEDDING_MODEL,
        apiKey: config.OPENAI_API_KEY ?? 'not-needed',
        configuration: config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : undefined,
        maxRetries: 1,
      });
      const url = config.OPENAI_BASE_URL ?? 'https://api.openai.com/v1';
      const embeddings = new EndpointEmbeddings(remote, {
        provider: `openai (${config.OPENAI_EMBEDDING_MODEL})`,
        url,
        settings: 'OPENAI_BASE_URL, OPENAI_API_KEY, OPENAI_EMBEDDING_MODEL',
      });
      return { embeddings, id: `openai:${config.OPENAI_EMBEDDING_MODEL}@${config.OPENAI_BASE_URL ?? 'api.openai.com'}` };
    }
    case 'ollama': {
      const { OllamaEmbeddings } = await import('@langchain/ollama');
      // One retry, as for OpenAI: LangChain's default (6, with back-off) leaves a dead server unreported for minutes.
      const remote = new OllamaEmbeddings({ model: config.OLLAMA_EMBEDDING_MODEL, baseUrl: config.OLLAMA_BASE_URL, maxRetries: 1 });
      const embeddings = new EndpointEmbeddings(remote, {
        provider: `ollama (${config.OLLAMA_EMBEDDING_MODEL})`,
        url: config.OLLAMA_BASE_URL,
        settings: 'OLLAMA_BASE_URL, OLLAMA_EMBEDDING_MODEL',
      });
      return { embeddings, id: `ollama:${config.OLLAMA_EMBEDDING_MODEL}` };
    }
  }
}
