import readline from 'node:readline/promises';
import type { AnswerEvent, ToolEvent } from '../answer/answer-stream.js';
import type { Assistant, ConversationTurn } from '../answer/assistant.js';
import type { Answer } from '../answer/types.js';
import { renderAnswerText, renderSourcesText } from './render-answer-text.js';
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
        last = await printStreamed(assistant.askStream(line, { history }), output);
        history = [...history, { question: line, answer: last.answer }].slice(-6);
      } catch (error) {
        write(`⚠ ${describeError(error)}`);
      }
    }
    rl.prompt();
  }
  rl.close();
  write('Görüşmek üzere.');
}

function describeTool(event: ToolEvent): string {
  const input = JSON.stringify(event.input ?? {});
  const shortInput = input.length > 120 ? `${input.slice(0, 117)}…` : input;
  if (event.status === 'failed') return `  ✗ ${event.name} ${shortInput}: ${event.error ?? 'hata'}`;
  const found = Array.isArray(event.output) ? ` → ${event.output.length} parça` : '';
  return `  ✓ ${event.name} ${shortInput}${found}`;
}

/**
 * Prints an answer as it streams: the model's text as it comes, tool calls as they finish, the sources
 * once verified. Streamed text that verification withdrew is said to be withdrawn, and the verified
 * (or extractive) answer follows in full.
 */
async function printStreamed(events: AsyncIterable<AnswerEvent>, output: NodeJS.WritableStream): Promise<Answer> {
  let midText = false;
  const line = (text: string) => {
    output.write(`${midText ? '\n' : ''}${text}\n`);
    midText = false;
  };
  for await (const event of events) {
    switch (event.type) {
      case 'text':
        output.write(event.delta);
        midText = true;
        break;
      case 'text-reset':
        line('  (bu taslak doğrulanamadı; yanıt yeniden yazılıyor…)');
        break;
      case 'tool':
        if (event.status !== 'started') line(describeTool(event));
        break;
      case 'final': {
        const { answer, streamed } = event;
        if (streamed === 'kept') line(renderSourcesText(answer));
        else if (streamed === 'revised') line(`\n(doğrulanmış metin)\n${renderAnswerText(answer)}`);
        else if (streamed === 'withdrawn') line(`\n⚠ Yukarıdaki metin doğrulanamadığı için geri çekildi. Belgelerden alıntılı yanıt:\n${renderAnswerText(answer)}`);
        else line(renderAnswerText(answer));
        return answer;
      }
    }
  }
  throw new Error('yanıt akışı son yanıt olmadan bitti');
}
