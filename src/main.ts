import path from 'node:path';
import { parseArgs } from 'node:util';
import { isSlackConfigured, loadConfig, loadDotEnv } from './config/index.js';
import { openAssistant } from './cli/open-assistant.js';
import { runChat } from './cli/run-chat.js';
import { exitWithError } from './cli/report-error.js';

/**
 * Composition root. `npm start`: the Slack bot when Slack settings are present, else the terminal chat.
 * `npm run slack` (--slack) insists on Slack and says what is missing.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { slack: { type: 'boolean' } }, allowPositionals: false });
  loadDotEnv();
  // A serving bot builds in a child process after start-up (its event loop answers Slack); the chat needs not.
  const slackMode = Boolean(values.slack) || isSlackConfigured(loadConfig());
  const { config, assistant } = await openAssistant(process.env, { childBuilds: slackMode });
  if (values.slack || isSlackConfigured(config)) {
    if (!isSlackConfigured(config)) {
      process.stderr.write('Slack ayarları eksik: SLACK_BOT_TOKEN ile SLACK_SIGNING_SECRET (HTTP) veya SLACK_APP_TOKEN (Socket Mode) gerekli. Ayrıntı: docs/SLACK.md\n');
      process.exit(2);
    }
    const { runSlack } = await import('./slack/run-slack.js');
    await runSlack({ config, assistant });
    return;
  }
  await runChat(assistant, process.stdin, process.stdout, { corpusDir: path.resolve(config.CORPUS_DIR), env: process.env });
}

main().catch((error) => exitWithError(error));
