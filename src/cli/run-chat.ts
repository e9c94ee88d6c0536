import readline from 'node:readline/promises';
import type { AnswerEvent } from '../answer/answer-stream.js';
import type { Assistant, ConversationTurn } from '../answer/assistant.js';
import type { Answer } from '../answer/types.js';
import { describeToolEvent, labelsFor, questionsFromDocuments, readSuggestedQuestions } from '../present/index.js';
import { renderAnswerText, renderPassageText, renderSourcesText, renderStepLine } from './render-answer-text.js';
import { describeError } from './report-error.js';
import { terminalStyle, type TerminalStyle } from './terminal-style.js';

const HELP = `Komutlar:
  göster N   N numaralı kaynağın tam metnini gösterir
  yeni       konuşmayı sıfırlar (önceki sorular unutulur)
  yardım     bu listeyi gösterir
  çıkış      programdan çıkar`;

export interface RunChatOptions {
  /** Where suggested-prompts.json is (the examples shown at start); without it, questions from the titles. */
  corpusDir?: string;
  /** For NO_COLOR / FORCE_COLOR / TERM; the edge passes process.env. */
  env?: Record<string, string | undefined>;
}

/**
 * The terminal chat of `npm start` when Slack is not configured: same engine, sources under each answer,
 * "göster N" for a cited passage in full, follow-ups read against earlier questions, "çıkış" to quit.
 * Wrapped to the terminal's width and coloured on a terminal; plain when piped or with NO_COLOR.
 */
export async function runChat(
  assistant: Assistant,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
  options: RunChatOptions = {},
): Promise<void> {
  const rl = readline.createInterface({ input, output, terminal: Boolean((input as NodeJS.ReadStream).isTTY) });
  const style = terminalStyle(output as NodeJS.WriteStream, options.env ?? {});
  const c = style.colors;
  const write = (text: string) => output.write(`${text}\n`);
  const status = assistant.status();
  const examples = options.corpusDir
    ? readSuggestedQuestions(options.corpusDir, assistant.documents()).questions
    : questionsFromDocuments(assistant.documents());
  write(`${c.bold('Kurum Asistanı')} — ${status.documents} belge, ${status.chunks} parça dizinde. Sorunuzu yazın ("yardım", "çıkış").`);
  if (examples.length > 0) write(c.dim(`Örnek: ${examples.map((q) => q.message).join(' | ')}`));
  let history: ConversationTurn[] = [];
  let last: Answer | null = null;
  rl.setPrompt(`\n${c.bold('soru>')} `);
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
      write(passage ? renderPassageText(passage, last?.language ?? 'tr', style) : `${n} numaralı kaynak yok.`);
    } else {
      try {
        last = await printStreamed(assistant.askStream(line, { history }), output, style);
        history = [...history, { question: line, answer: last.answer }].slice(-6);
      } catch (error) {
        write(c.red(`⚠ ${describeError(error)}`));
      }
    }
    rl.prompt();
  }
  rl.close();
  write('Görüşmek üzere.');
}

/**
 * Prints an answer as it streams: the model's text as it comes, tool calls as they finish, then what follows
 * the text (steps, sources) once verified. Streamed text that verification withdrew or revised is said to
 * be, and the verified (or extractive) answer follows in full. In extractive mode only the final answer comes.
 */
async function printStreamed(events: AsyncIterable<AnswerEvent>, output: NodeJS.WritableStream, style: TerminalStyle): Promise<Answer> {
  const c = style.colors;
  let midText = false;
  let language: 'tr' | 'en' = 'tr';
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
        line(c.dim('  (bu taslak doğrulanamadı; yanıt yeniden yazılıyor…)'));
        break;
      case 'tool':
        if (event.status !== 'started') line(renderStepLine(describeToolEvent(event, language), style));
        break;
      case 'final': {
        const { answer, streamed } = event;
        language = answer.language;
        const options = { style, showHint: true };
        if (streamed === 'kept') line(`\n${renderSourcesText(answer, options)}`);
        else if (streamed === 'revised') line(`\n${c.dim('(doğrulanmış metin)')}\n${renderAnswerText(answer, options)}`);
        else if (streamed === 'withdrawn') line(`\n${c.yellow(`⚠ ${labelsFor(answer.language).withdrawn}`)}\n${renderAnswerText(answer, options)}`);
        else line(renderAnswerText(answer, options));
        return answer;
      }
    }
  }
  throw new Error('yanıt akışı son yanıt olmadan bitti');
}
