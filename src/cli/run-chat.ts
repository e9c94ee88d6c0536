import readline from 'node:readline/promises';
import type { Assistant, ConversationTurn } from '../answer/assistant.js';
import type { Answer } from '../answer/types.js';
import { renderAnswerText } from './render-answer-text.js';
import { describeError } from './report-error.js';

const HELP = `Komutlar:
  göster N   N numaralı kaynağın tam metnini gösterir
  yeni       konuşmayı sıfırlar (önceki sorular unutulur)
  yardım     bu listeyi gösterir
  çıkış      programdan çıkar`;

const EXAMPLES = [
  'Sözleşmeli personele kaç gün yıllık izin verilir?',
  'Sektörel Mükemmeliyet Merkezleri Yönergesine göre bir merkezde en fazla kaç öğretmen görevlendirilebilir?',
  '12 yıl hizmeti olan sözleşmeli personel kaç gün yıllık izin alır?',
];

/**
 * The terminal chat of `npm start` when Slack is not configured: same engine, sources under each answer,
 * "göster N" for a cited passage in full, follow-ups read against earlier questions, "çıkış" to quit.
 */
export async function runChat(assistant: Assistant, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Promise<void> {
  const rl = readline.createInterface({ input, output, terminal: Boolean((input as NodeJS.ReadStream).isTTY) });
  const write = (text: string) => output.write(`${text}\n`);
  const status = assistant.status();
  write(`Kurum Asistanı — ${status.documents} belge, ${status.chunks} parça dizinde. Sorunuzu yazın ("yardım", "çıkış").`);
  write(`Örnek: ${EXAMPLES.join(' | ')}`);
  let history: ConversationTurn[] = [];
  let last: Answer | null = null;
  rl.setPrompt('\nsoru> ');
  rl.prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    const command = line.toLocaleLowerCase('tr-TR');
    if (command === 'çıkış' || command === 'cikis' || command === 'exit' || command === 'quit') break;
    if (line === '') {
      rl.prompt();
      continue;
    }
    if (command === 'yardım' || command === 'yardim' || command === 'help') write(HELP);
    else if (command === 'yeni') {
      history = [];
      write('Konuşma sıfırlandı.');
    } else if (/^(göster|goster|show)\s+\d+$/u.test(command)) {
      const n = Number(command.split(/\s+/)[1]);
      const cited = last ? [...last.citations, ...last.closest][n - 1] : undefined;
      const passage = cited ? assistant.passage(cited.chunkId) : null;
      write(passage ? `${passage.citation.title} — ${passage.citation.locator}\n\n${passage.text}` : `${n} numaralı kaynak yok.`);
    } else {
      try {
        last = await assistant.ask(line, { history });
        history = [...history, { question: line, answer: last.answer }].slice(-6);
        write(renderAnswerText(last));
      } catch (error) {
        write(`⚠ ${describeError(error)}`);
      }
    }
    rl.prompt();
  }
  rl.close();
  write('Görüşmek üzere.');
}
