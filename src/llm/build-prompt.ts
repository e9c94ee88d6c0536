import type { ConversationTurn } from '../answer/assistant.js';
import { maskPersonalData } from '../text/index.js';
import { fillTemplate, type Prompts } from './load-prompts.js';
import type { PassageView } from './passage-book.js';

const HISTORY_TURNS = 3;
const HISTORY_ANSWER_CHARS = 400;

/**
 * Passages as a JSON array, one passage a line, the same shape `search_documents` returns. Text stays in
 * JSON strings, and "<" / ">" are escaped, so a document cannot close the <belge_parcalari> block or pose
 * as part of the prompt.
 */
export function passagesJson(views: readonly PassageView[]): string {
  if (views.length === 0) return '[]';
  const lines = views.map((v) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/>/g, '\\u003e'));
  return `[\n${lines.join(',\n')}\n]`;
}

function historyBlock(history: readonly ConversationTurn[]): string {
  const turns = history.slice(-HISTORY_TURNS);
  if (turns.length === 0) return '';
  const lines = turns.map((t) => {
    const answer = t.answer ? maskPersonalData(t.answer.replace(/\s+/g, ' ').slice(0, HISTORY_ANSWER_CHARS)) : '—';
    return `- Soru: ${t.question.replace(/\s+/g, ' ')}\n  Yanıt: ${answer}`;
  });
  return `\nÖnceki konuşma (soru bunun devamı olabilir):\n${lines.join('\n')}\n`;
}

/** The user message of a turn: question, its language, earlier turns and the first retrieval. */
export function buildQuestionMessage(
  prompts: Prompts,
  question: string,
  language: 'tr' | 'en',
  history: readonly ConversationTurn[],
  passages: readonly PassageView[],
): string {
  return fillTemplate(prompts.question, {
    question,
    language: language === 'en' ? 'İngilizce (English)' : 'Türkçe',
    history: historyBlock(history),
    passages: passagesJson(passages),
  });
}
