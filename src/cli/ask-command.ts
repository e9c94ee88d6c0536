import { open } from 'node:fs/promises';
import path from 'node:path';
import readline from 'node:readline';
import { AppError } from '../errors.js';
import { toAnswerJson } from '../answer/types.js';
import { openAssistant } from './open-assistant.js';
import { renderAnswerText } from './render-answer-text.js';
import { exitWithUsage, parseCommandLine, type CommandSpec } from './command-line.js';
import { exitWithError } from './report-error.js';
import { terminalStyle } from './terminal-style.js';

export const ASK_COMMAND = {
  invocation: 'npm run ask --',
  summary: 'Belgelere bir soru sorar; yanıtı kaynaklarıyla (belge, madde, sayfa, birebir alıntı) yazar.',
  positionals: '"soru"',
  flags: {
    json: { type: 'boolean', description: 'yanıtı tek satırlık bir JSON nesnesi olarak yazar (alanlar README\'de)' },
    jsonl: { type: 'boolean', description: 'stdin\'den {"id": …, "question": …} satırları okur, her biri için bir JSON satırı yazar' },
    output: { type: 'string', value: 'DOSYA', description: '--json/--jsonl çıktısını stdout yerine bu dosyaya yazar (npm\'in "> komut" satırları karışmaz)' },
  },
  examples: [
    ['npm run ask -- "Sözleşmeli personele hastalık izni kaç gün?"', 'insan okunur yanıt ve numaralı kaynaklar'],
    ['npm run -s ask -- --json "Yıllık izin kaç gün?"', 'yalnızca JSON (-s npm\'in kendi satırlarını susturur)'],
    ['npm run ask -- --json --output yanit.json "Yıllık izin kaç gün?"', 'JSON bir dosyaya'],
    ['npm run -s ask -- --jsonl < sorular.jsonl > yanitlar.jsonl', 'toplu sorular, dizin bir kez yüklenir'],
  ],
  notes: ['Çıkış kodları: 0 yanıt verildi (bilgi yok yanıtı da bir yanıttır), 1 hata, 2 hatalı kullanım.'],
} as const satisfies CommandSpec;

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseCommandLine(ASK_COMMAND, argv);
  const question = positionals.join(' ');
  if (!values.jsonl && question.trim() === '') exitWithUsage(ASK_COMMAND, 'Soru verilmedi. Örnek: npm run ask -- "Yıllık izin kaç gün?"');
  if (values.output !== undefined && !values.json && !values.jsonl) exitWithUsage(ASK_COMMAND, '--output yalnızca --json veya --jsonl ile kullanılır.');
  const out = await openOutput(values.output);
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
        out.write(`${JSON.stringify({ id, ...toAnswerJson(answer) })}\n`);
      } catch (error) {
        // One bad line must not stop the batch: it gets an error object with its id.
        out.write(`${JSON.stringify({ id, error: `Geçersiz satır: ${(error as Error).message}` })}\n`);
      }
    }
    await out.close();
    return;
  }

  const answer = await assistant.ask(question);
  if (values.json) out.write(`${JSON.stringify(toAnswerJson(answer))}\n`);
  else process.stdout.write(`${renderAnswerText(answer, { style: terminalStyle(process.stdout, process.env) })}\n`);
  await out.close();
}

/** Where machine-readable output goes: stdout, or a file (created before the index loads, so a bad path fails fast). */
async function openOutput(file: string | undefined): Promise<{ write(text: string): void; close(): Promise<void> }> {
  if (file === undefined) return { write: (text) => void process.stdout.write(text), close: async () => {} };
  let handle;
  try {
    handle = await open(file, 'w');
  } catch (error) {
    throw new AppError('output_unwritable', `Çıktı dosyası yazılamıyor: ${path.resolve(file)} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). --output için yazılabilir bir yol verin.`, { cause: error });
  }
  // FileHandle writes must not overlap: each waits for the one before.
  let written: Promise<unknown> = Promise.resolve();
  return {
    write: (text) => void (written = written.then(() => handle.write(text))),
    close: async () => {
      await written;
      await handle.close();
    },
  };
}

main(process.argv.slice(2)).catch((error) => exitWithError(error));
