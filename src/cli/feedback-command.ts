import path from 'node:path';
import { loadConfig, loadDotEnv } from '../config/index.js';
import { openStore, type FeedbackRecord } from '../store/index.js';
import { exitWithUsage, parseCommandLine, type CommandSpec } from './command-line.js';
import { exitWithError } from './report-error.js';

/** The command's flags, help and examples in one place (src/cli/command-line.ts). */
export const FEEDBACK_COMMAND = {
  invocation: 'npm run feedback --',
  summary: 'Slack\'teki 👍/👎 geri bildirimlerini soru, yanıt ve kaynaklarıyla dışa aktarır (en eskiden en yeniye).',
  flags: {
    json: { type: 'boolean', description: 'JSON dizisi olarak yazar (varsayılan)' },
    csv: { type: 'boolean', description: 'CSV olarak yazar (UTF-8, BOM ile; Excel/LibreOffice açar)' },
    since: { type: 'string', value: 'TARİH', description: 'yalnızca bu andan sonraki oylar: YYYY-AA-GG ya da YYYY-AA-GGTss:dd:ssZ' },
  },
  examples: [
    ['npm run -s feedback -- --json > oylar.json', 'bütün oylar, JSON'],
    ['npm run -s feedback -- --csv --since YYYY-AA-GG > oylar.csv', 'o günden bu yana, tablo olarak'],
  ],
  notes: ['Kaç kayıt yazıldığı stderr\'e yazılır; stdout yalnızca veriyi taşır. Veritabanı: DATABASE_URL ya da DATA_DIR/state.sqlite.'],
} as const satisfies CommandSpec;

const CSV_COLUMNS = ['at', 'vote', 'userId', 'channelId', 'messageTs', 'answerId', 'kind', 'mode', 'reason', 'comment', 'question', 'answer', 'citations'] as const;

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(records: FeedbackRecord[]): string {
  const rows = records.map((r) =>
    CSV_COLUMNS.map((c) =>
      csvCell(c === 'citations' ? r.citations.map((x) => `${x.title} — ${x.locator}${x.page ? ` (s. ${x.page})` : ''}`).join(' | ') : r[c]),
    ).join(','),
  );
  // A BOM so spreadsheet programs read the Turkish letters as UTF-8.
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

const usageError = (message: string): never => exitWithUsage(FEEDBACK_COMMAND, message);

/** `npm run feedback`: exports the 👍/👎 votes with their questions and citations, from whichever store is configured. */
async function main(argv: string[]): Promise<void> {
  const { values } = parseCommandLine(FEEDBACK_COMMAND, argv);
  if (values.json && values.csv) usageError('--json ile --csv birlikte verilemez; birini seçin.');
  let since: Date | undefined;
  if (values.since !== undefined) {
    since = new Date(values.since);
    if (!/^\d{4}-\d{2}-\d{2}/.test(values.since) || Number.isNaN(since.getTime())) {
      usageError(`--since için geçersiz tarih: "${values.since}" (YYYY-AA-GG biçiminde olmalı).`);
    }
  }
  loadDotEnv();
  const config = loadConfig();
  const store = await openStore({
    databaseUrl: config.DATABASE_URL,
    dataDir: path.resolve(config.DATA_DIR),
    retentionDays: config.FEEDBACK_RETENTION_DAYS,
  });
  try {
    const records = await store.feedback.list(since);
    process.stdout.write(values.csv ? toCsv(records) : `${JSON.stringify(records, null, 2)}\n`);
    process.stderr.write(`${records.length} geri bildirim (${store.db.dialect === 'postgres' ? 'PostgreSQL' : 'gömülü veritabanı'}).\n`);
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).catch((error) => exitWithError(error));
