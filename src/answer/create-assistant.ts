import type { Config } from '../config/index.js';
import type { Assistant } from './assistant.js';

export interface AssistantDependencies {
  config: Config;
  /** Repository root: `source` paths in citations are relative to it, CORPUS_DIR/DATA_DIR resolve from it. */
  repoRoot: string;
  clock?: () => Date;
  /** Progress of an index build ("12/40 parçalar"); the CLI turns it into a bar or plain lines. */
  onProgress?: (event: { phase: string; done: number; total: number }) => void;
}

/** Builds (or loads) the index and returns the engine. Placeholder until the retrieval core lands. */
export async function createAssistant(_deps: AssistantDependencies): Promise<Assistant> {
  throw new Error('createAssistant: henüz hazır değil');
}
