import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { toAnswerJson } from '../answer/types.js';
import { openAssistant } from './open-assistant.js';
import { renderAnswerText } from './render-answer-text.js';
import { exitWithError } from './report-error.js';

const USAGE = `Kullanım:
  npm run ask -- "soru"            insan okunur yanıt ve numaralı kaynaklar
  npm run ask -- --json "soru"     tek bir JSON nesnesi
  npm run ask -- --jsonl           stdin'den {"id": ..., "question": ...} satırları, her biri için bir JSON satırı`;

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, jsonl: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const question = positionals.join(' ');
  if (!values.jsonl && question.trim() === '') {
    process.stderr.write(`Soru verilmedi.\n${USAGE}\n`);
    process.exit(2);
  }

  const { assistant } = await openAssistant();

  if (values.jsonl) {
    const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      // A BOM opens a UTF-8 file written on Windows, and also every part of files joined with `cat` (after a CRLF).
      const text = line.replace(/^\uFEFF+/, '').replace(/\r$/, '');
      if (text.trim() === '') continue;
      let id: unknown = null;
      try {
        const request = JSON.parse(text) as { id?: unknown; question?: unknown };
        id = request.id ?? null;
        if (typeof request.question !== 'string') throw new Error('"question" alanı metin olmalı');
        const answer = await assistant.ask(request.question);
        process.stdout.write(`${JSON.stringify({ id, ...toAnswerJson(answer) })}\n`);
      } catch (error) {
        // One bad line must not stop the batch: it gets an error object with its id.
        process.stdout.write(`${JSON.stringify({ id, error: `Geçersiz satır: ${(error as Error).message}` })}\n`);
      }
    }
    return;
  }

  const answer = await assistant.ask(question);
  process.stdout.write(values.json ? `${JSON.stringify(toAnswerJson(answer))}\n` : `${renderAnswerText(answer)}\n`);
}

main(process.argv.slice(2)).catch((error) => exitWithError(error));
