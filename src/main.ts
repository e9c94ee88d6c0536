import path from 'node:path';
import { isSlackConfigured, loadConfig, loadDotEnv } from './config/index.js';
import { parseCommandLine, type CommandSpec } from './cli/command-line.js';
import { exitWithError } from './cli/report-error.js';

export const START_COMMAND = {
  invocation: 'npm start --',
  summary:
    'Kurum Asistanı: Slack ayarları varsa Slack botunu, yoksa terminalde sohbeti başlatır. Dizin yoksa ya da belgeler değiştiyse önce dizini kurar.',
  flags: {
    chat: { type: 'boolean', description: 'Slack ayarlı olsa da terminal sohbetini açar' },
    slack: { type: 'boolean', description: 'Slack botunu başlatır; Slack ayarları eksikse dizin kurulmadan hemen hata verir (npm run slack)' },
  },
  examples: [
    ['npm start', 'Slack ayarlı değilse terminal sohbeti (çevrimdışı, anahtar gerekmez)'],
    ['npm start -- --chat', '.env dosyasında Slack ayarları olsa da terminal sohbeti'],
    ['npm run slack', 'Slack botu (SLACK_BOT_TOKEN ile SLACK_SIGNING_SECRET ya da SLACK_APP_TOKEN gerekir)'],
  ],
  notes: [
    'Sohbette: "göster N" N numaralı kaynağın tam metni, "yeni" yeni konuşma, "yardım", "çıkış".',
    'Ayarlar (ortam değişkenleri ya da .env): README.md "Yapılandırma" bölümü.',
  ],
} as const satisfies CommandSpec;

/**
 * Composition root. `npm start`: the Slack bot when Slack settings are present, else the terminal chat
 * (`--chat` forces the chat). `npm run slack` (--slack) insists on Slack and says what is missing before
 * anything is built.
 */
async function main(): Promise<void> {
  const { values } = parseCommandLine(START_COMMAND);
  if (values.chat && values.slack) {
    process.stderr.write('--chat ile --slack birlikte verilemez; birini seçin.\nYardım için: npm start -- --help\n');
    process.exit(2);
  }
  loadDotEnv();
  const settings = loadConfig();
  if (values.slack && !isSlackConfigured(settings)) {
    process.stderr.write(
      'Slack ayarları eksik: SLACK_BOT_TOKEN ile SLACK_SIGNING_SECRET (HTTP) veya SLACK_APP_TOKEN (Socket Mode) gerekli. Ayrıntı: docs/SLACK.md\n',
    );
    process.exit(2);
  }
  const slackMode = !values.chat && isSlackConfigured(settings);
  // The engine loads only after the settings passed: a missing Slack token fails in a second, not after imports.
  const { openAssistant } = await import('./cli/open-assistant.js');
  // A serving bot builds in a child process after start-up (its event loop answers Slack); the chat needs not.
  const { config, assistant } = await openAssistant(process.env, { childBuilds: slackMode });
  if (slackMode) {
    const { runSlack } = await import('./slack/run-slack.js');
    await runSlack({ config, assistant });
    return;
  }
  const { runChat } = await import('./cli/run-chat.js');
  await runChat(assistant, process.stdin, process.stdout, { corpusDir: path.resolve(config.CORPUS_DIR), env: process.env });
}

main().catch((error) => exitWithError(error));
