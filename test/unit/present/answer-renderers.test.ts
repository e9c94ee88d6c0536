import { stripVTControlCharacters as stripAnsi } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer/types.js';
import { renderAnswerText, renderPassageText } from '../../../src/cli/render-answer-text.js';
import { PLAIN, terminalStyle } from '../../../src/cli/terminal-style.js';
import { renderAnswerBlocks } from '../../../src/slack/blocks/render-answer.js';
import { answer, citation } from '../slack/blocks/answer-builders.js';

/** Every string a person reads in Slack blocks (sections, contexts, task cards, buttons). */
function slackText(blocks: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (typeof value === 'string' && ['text', 'title'].includes(key)) out.push(value);
        else walk(value);
      }
    }
  };
  walk(blocks);
  return out.join('\n').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

const LEAVE_QUOTE = 'bir yıldan on yıla kadar olan personele yirmi gün, on yıldan fazla olanlara otuz gün ücretli yıllık izin verilir.';
const REGULATION = 'Sözleşmeli Personel Çalıştırılmasına İlişkin Esaslar';

/** The same typed answers go through both renderers. */
const ANSWERS: Record<string, Answer> = {
  answered: answer({
    answer: `${REGULATION}, Madde 9 uyarınca: “${LEAVE_QUOTE}” [1] “Hastalık izni yılda 30 günü geçemez.” [2]`,
    citations: [
      citation({ locator: `${REGULATION}, Madde 9(1)`, quote: LEAVE_QUOTE, chunkId: 'c#41' }),
      citation({ locator: `${REGULATION}, Madde 10`, quote: 'Hastalık izni yılda 30 günü geçemez.', chunkId: 'c#44' }),
    ],
  }),
  computed: answer({
    kind: 'computed',
    answer: '20 gün\n8 yıl hizmeti olan sözleşmeli personele 20 gün ücretli yıllık izin verilir.\nHesap: 1 yıl ≤ 8 yıl ≤ 10 yıl → 20 gün\nNot: Kapsam: sözleşmeli personel.',
    lead: '20 gün',
    explanation: '8 yıl hizmeti olan sözleşmeli personele 20 gün ücretli yıllık izin verilir.',
    calculation: '1 yıl ≤ 8 yıl ≤ 10 yıl → 20 gün',
    notes: ['Kapsam: sözleşmeli personel.'],
    citations: [citation({ locator: `${REGULATION}, Madde 9(1)`, quote: LEAVE_QUOTE })],
    toolCalls: [{ name: 'leave', input: { kind: 'annual', years_of_service: 8 }, output: { summary: 'Yıllık izin: 20 gün', calculation: '1 yıl ≤ 8 yıl ≤ 10 yıl → 20 gün' } }],
    personal: true,
  }),
  'needs-input': answer({ kind: 'needs-input', answer: 'Hizmet süresi (yıl) (years_of_service) eksik. Kabul edilen örnek: 12.', citations: [] }),
  refused: answer({
    kind: 'refused',
    refused: true,
    answer: 'Elimdeki belgeler bu soruyu yanıtlamıyor.',
    citations: [],
    closest: [citation({ title: 'Kars Raporu', docId: 'kars', locator: 'Kars Raporu, paragraf 3', quote: 'İşsizlik oranı %12.' })],
  }),
  english: answer({
    language: 'en',
    answer: `According to ${REGULATION}, Madde 3(2): “2.884 YTL’yi geçemez.” [1]`,
    citations: [citation({ locator: `${REGULATION}, Madde 3(2)`, quote: '2.884 YTL’yi geçemez.' })],
  }),
};

describe('answer renderers › Slack blocks and terminal text from the same typed answers', () => {
  const rendered = Object.entries(ANSWERS).map(([name, a]) => ({
    name,
    answer: a,
    slack: slackText(renderAnswerBlocks(a, { question: 'soru', answerId: 'id1' }).blocks),
    terminal: renderAnswerText(a),
  }));

  it.each(rendered)('$name: both show the answer text and every source once, with no repository path', ({ answer: a, slack, terminal }) => {
    for (const text of [slack, terminal]) {
      for (const line of a.answer.split('\n').map((l) => l.replace(/^(Hesap|Not): /, ''))) expect(text).toContain(line);
      expect(text).not.toContain('corpus/');
      for (const c of [...a.citations, ...a.closest]) {
        expect(text.split(c.quote).length - 1, c.quote).toBe(1);
      }
    }
  });

  it.each(rendered)('$name: both name each document once and say the same lead for the kind', ({ answer: a, slack, terminal }) => {
    const leads: Record<string, string | null> = {
      answered: null,
      computed: 'Hesaplama sonucu',
      'needs-input': 'Hesaplamak için biraz daha bilgi gerekiyor',
      refused: 'Belgelerde bu sorunun yanıtını bulamadım',
    };
    const lead = a.language === 'en' ? null : leads[a.kind];
    for (const text of [slack, terminal]) {
      if (lead) expect(text).toContain(lead);
      for (const title of new Set([...a.citations, ...a.closest].map((c) => c.title))) {
        // Once as a source heading; the answer text may name it too.
        const inBody = a.answer.split(title).length - 1;
        expect(text.split(title).length - 1 - inBody, title).toBe(1);
      }
    }
  });

  it('computed: the tool call is one step with its Turkish inputs; the calculation is not repeated from the tool output', () => {
    const { slack, terminal } = rendered.find((r) => r.name === 'computed')!;
    for (const text of [slack, terminal]) {
      expect(text).toContain('İzin hesabı');
      expect(text).toContain('izin türü: yıllık izin');
      expect(text).toContain('hizmet süresi (yıl): 8');
      expect(text.split('→ 20 gün').length - 1).toBe(1);
      expect(text.split('personele 20 gün ücretli yıllık izin verilir').length - 1).toBe(1);
      expect(text).toContain('Kapsam: sözleşmeli personel.');
      expect(text).not.toContain('Yıllık izin: 20 gün'); // the tool's summary: the answer already says it
    }
  });

  it('english: headings and document-date label are English in both', () => {
    const { slack, terminal } = rendered.find((r) => r.name === 'english')!;
    expect(terminal).toContain('Sources:');
    expect(slack).toContain('Sources');
    for (const text of [slack, terminal]) {
      expect(text).toContain('Document date: Ocak 2011');
      expect(text).not.toContain('Kaynaklar');
      expect(text).not.toContain('Belge tarihi');
    }
  });

  it('refused: both show the closest passages as such, not as sources', () => {
    const { slack, terminal } = rendered.find((r) => r.name === 'refused')!;
    for (const text of [slack, terminal]) {
      expect(text).toContain('Belgelerde en yakın bölümler');
      expect(text).not.toContain('Kaynaklar');
    }
  });
});

describe('renderAnswerText › terminal layout', () => {
  const long = answer({
    answer: `${'Sözleşme ile çalıştırılacak personele ödenecek ücretlerin aylık brüt tutarı '.repeat(4)}geçemez.`,
    citations: [citation({ quote: 'ayrı bir alıntı '.repeat(10).trim() })],
  });

  it("wraps to the terminal width at word boundaries, indenting a source's continuation lines", () => {
    const style = terminalStyle({ isTTY: true, columns: 50 }, {});
    const text = stripAnsi(renderAnswerText(long, { style }));
    for (const line of text.split('\n')) expect(line.length, line).toBeLessThanOrEqual(50);
    // No word cut in half: every word of the answer is still whole.
    const words = new Set(text.split(/\s+/));
    for (const word of long.answer.split(/\s+/)) expect(words.has(word), word).toBe(true);
    const quoteLines = text.split('\n').filter((l) => l.includes('alıntı'));
    expect(quoteLines.length).toBeGreaterThan(1);
    for (const l of quoteLines) expect(l.startsWith('      ')).toBe(true);
  });

  it('colours on a terminal, plain with NO_COLOR, when piped, or with TERM=dumb', () => {
    const ansi = /\u001b\[/;
    expect(renderAnswerText(long, { style: terminalStyle({ isTTY: true, columns: 80 }, {}) })).toMatch(ansi);
    expect(renderAnswerText(long, { style: terminalStyle({ isTTY: true, columns: 80 }, { NO_COLOR: '1' }) })).not.toMatch(ansi);
    expect(renderAnswerText(long, { style: terminalStyle({ isTTY: true, columns: 80 }, { TERM: 'dumb' }) })).not.toMatch(ansi);
    const piped = terminalStyle({ isTTY: false }, {});
    expect(piped.width).toBeNull();
    expect(renderAnswerText(long, { style: piped })).not.toMatch(ansi);
    expect(renderAnswerText(long, { style: terminalStyle({ isTTY: false }, { FORCE_COLOR: '1' }) })).toMatch(ansi);
  });

  it('göster N: the whole passage under its title and locator, without the repository path', () => {
    const text = renderPassageText({ citation: citation({ locator: `${REGULATION}, Madde 3(2)` }), text: 'Maddenin tam metni.' }, 'tr', PLAIN);
    expect(text).toBe(`${REGULATION}\nMadde 3(2)\n\nMaddenin tam metni.`);
  });
});
