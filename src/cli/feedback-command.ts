import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, loadDotEnv } from '../config/index.js';
import { openStore, type FeedbackRecord } from '../store/index.js';
import { exitWithError } from './report-error.js';

const USAGE = `Kullanım:
  npm run feedback -- --json [--since TARİH]   geri bildirimleri JSON dizisi olarak yazar (varsayılan)
  npm run feedback -- --csv  [--since TARİH]   CSV olarak yazar (Excel/LibreOffice ile açılır)
  TARİH: YYYY-AA-GG ya da YYYY-AA-GGTss:dd:ssZ; yalnızca bu andan sonraki oylar`;

/** The command's options in one place (the --help pass adds to this object). */
export const FEEDBACK_OPTIONS = {
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  since: { type: 'string' },
} as const;

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

function usageError(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

/** `npm run feedback`: exports the 👍/👎 votes with their questions and citations, from whichever store is configured. */
async function main(argv: string[]): Promise<void> {
  let values: { json?: boolean; csv?: boolean; since?: string };
  try {
    ({ values } = parseArgs({ args: argv, options: FEEDBACK_OPTIONS, allowPositionals: false, strict: true }));
  } catch (error) {
    usageError(`Geçersiz seçenek: ${(error as Error).message}`);
  }
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
