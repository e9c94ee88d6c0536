import type { Answer, Citation } from '../answer/types.js';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function renderSource(c: Citation, i: number): string {
  const meta = [c.locator, c.page !== null && !c.locator.includes(`s. ${c.page}`) ? `s. ${c.page}` : null, c.asOf ? `güncellik: ${c.asOf}` : null]
    .filter(Boolean)
    .join(' · ');
  return `  [${i + 1}] ${c.title}\n      ${meta}\n      ${c.source}\n      “${oneLine(c.quote)}”`;
}

/** The human-readable answer of `npm run ask` and the terminal chat: answer, calculation, numbered sources. */
export function renderAnswerText(answer: Answer): string {
  const sources = renderSourcesText(answer);
  return sources === '' ? answer.answer : `${answer.answer}\n${sources}`;
}

/**
 * What follows the answer text: the sources (or the closest passages of a refusal) and, when a configured
 * language model could not be used, why — the terminal chat prints this under a streamed answer.
 */
export function renderSourcesText(answer: Answer): string {
  const lines: string[] = [];
  if (answer.citations.length > 0) {
    lines.push('', answer.language === 'en' ? 'Sources:' : 'Kaynaklar:');
    answer.citations.forEach((c, i) => lines.push(renderSource(c, i)));
  }
  if (answer.closest.length > 0) {
    lines.push('', answer.language === 'en' ? 'Closest passages:' : 'En yakın bölümler:');
    answer.closest.forEach((c, i) => lines.push(renderSource(c, i)));
  }
  if (answer.fallbackReason) {
    const lead = answer.language === 'en' ? 'Note: answered from quotes without the language model' : 'Not: yanıt dil modeli olmadan, alıntılardan derlendi';
    lines.push('', `${lead} — ${answer.fallbackReason.message} [${answer.fallbackReason.code}]`);
  }
  return lines.join('\n');
}
