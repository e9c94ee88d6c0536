import { loadConfig, loadDotEnv, type Config } from '../config/index.js';
import { createAssistant } from '../answer/create-assistant.js';
import type { Assistant } from '../answer/assistant.js';
import { checkCorpusDir, checkDataDir } from './check-settings.js';
import { createProgressReporter } from './progress-reporter.js';

/** Config from the environment and the engine over it, building the index first when missing or stale. */
export async function openAssistant(
  env: Record<string, string | undefined> = process.env,
  options: { childBuilds?: boolean } = {},
): Promise<{ config: Config; assistant: Assistant }> {
  loadDotEnv();
  const config = loadConfig(env);
  await checkDataDir(config, process.cwd());
  await checkCorpusDir(config, process.cwd());
  const progress = createProgressReporter();
  try {
    const assistant = await createAssistant({
      config,
      repoRoot: process.cwd(),
      onProgress: progress.onProgress,
      childBuilds: options.childBuilds ?? false,
      onWarning: (message) => process.stderr.write(`⚠ ${message}\n`),
    });
    return { config, assistant };
  } finally {
    progress.stop();
  }
}
