import { ConfigSchema, ENV_DOCS, type Config } from './config-schema.js';
import { AppError } from '../errors.js';

export class ConfigError extends AppError<'CONFIG_INVALID'> {
  constructor(readonly problems: string[]) {
    super('CONFIG_INVALID', `Yapılandırma hatalı:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * Reads and validates the environment once. Every problem is reported together, so a person fixing
 * `.env` sees the whole list at start-up instead of one error per restart.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const known = Object.fromEntries(Object.keys(ENV_DOCS).map((k) => [k, env[k]]));
  const parsed = ConfigSchema.safeParse(known);
  if (parsed.success) return parsed.data;
  throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(genel)'}: ${i.message}`));
}

export function isSlackConfigured(config: Config): boolean {
  return Boolean(config.SLACK_BOT_TOKEN && (config.SLACK_SIGNING_SECRET || config.SLACK_APP_TOKEN));
}

/**
 * Reads `.env` into the environment when present (Node's own parser; variables already set win).
 * `npm start` then picks up Slack tokens without a wrapper script.
 */
export function loadDotEnv(file = '.env'): void {
  try {
    process.loadEnvFile(file);
  } catch {
    // No .env file: the environment alone configures the program.
  }
}
