import { describe, expect, it } from 'vitest';
import { renderAnswerBlocks } from '../../../../src/slack/blocks/render-answer.js';
import { SLACK_LIMITS } from '../../../../src/slack/blocks/slack-limits.js';
import { answer, citation } from './answer-builders.js';

type Block = Record<string, any>;

const sectionTexts = (blocks: Block[]) => blocks.filter((b) => b.type === 'section').map((b) => b.text.text as string);
const allTexts = (blocks: Block[]) =>
  blocks.flatMap((b) => [b.text?.text, ...(b.elements ?? []).map((e: Block) => (typeof e.text === 'string' ? e.text : e.text?.text))]).filter(Boolean) as string[];

describe('renderAnswerBlocks › sources', () => {
  it('numbers each source with title, locator, page, document date and the quote, plus a passage button', () => {
    const rendered = renderAnswerBlocks(
      answer({
        citations: [
          citation(),
          citation({
            docId: 'tebligler',
            chunkId: 'tebligler#12',
            title: 'MEB Tebliğler Dergisi — Sektörel Mükemmeliyet Merkezleri Yönergesi',
            locator: 'Sektörel Mükemmeliyet Merkezleri Yönergesi, Madde 4(5)',
            page: 1129,
            asOf: '2024-05',
            quote: 'Merkezler, sektörle iş birliği içinde kurulur.',
          }),
        ],
      }),
      { question: 'Tavan ne?', answerId: 'a1' },
    );
    const blocks = rendered.blocks as Block[];
    const sources = blocks.filter((b) => b.type === 'section' && /^\*\[\d\]/.test(b.text.text));
    expect(sources).toHaveLength(2);
    // The title once: the locator below it does not repeat the document's name.
    expect(sources[0]!.text.text).toBe(
      '*[1] Sözleşmeli Personel Çalıştırılmasına İlişkin Esaslar*\n' +
        '_Madde 3(2) · Belge tarihi: Ocak 2011_\n' +
        '> ücretlerin aylık brüt tutarı … 2.884 YTL’yi geçemez.',
    );
    expect(sources[1]!.text.text).toContain('_Madde 4(5), s. 1129 · Belge tarihi: Mayıs 2024_');
    expect(sources[1]!.accessory).toMatchObject({ type: 'button', action_id: 'show_passage', value: 'tebligler#12' });
  });

  it('names a document once when several sources come from it, and never shows a repository path', () => {
    const blocks = renderAnswerBlocks(
      answer({ citations: [citation(), citation({ chunkId: 'c#8', locator: 'Sözleşmeli Personel Çalıştırılmasına İlişkin Esaslar, Madde 3(3)', quote: 'iki katını' })] }),
      { question: 'q' },
    ).blocks as Block[];
    const text = sectionTexts(blocks).join('\n');
    expect(text.match(/Sözleşmeli Personel Çalıştırılmasına İlişkin Esaslar/g)).toHaveLength(1);
    expect(text).toContain('*[2]*\n_Madde 3(3)_');
    expect(allTexts(blocks).join('\n')).not.toContain('corpus/');
  });

  it('does not quote a passage twice: a quote the answer text already carries is left out of its source', () => {
    const quote = 'bir yıldan on yıla kadar olan personele yirmi gün ücretli yıllık izin verilir.';
    const blocks = renderAnswerBlocks(answer({ answer: `Madde 9 uyarınca: “${quote}” [1]`, citations: [citation({ quote })] }), { question: 'q' })
      .blocks as Block[];
    const joined = allTexts(blocks).join('\n');
    expect(joined.split(quote)).toHaveLength(2);
  });

  it('does not repeat the page when the locator already names it', () => {
    const blocks = renderAnswerBlocks(answer({ citations: [citation({ locator: 'Yönerge, Madde 8(5), s. 1124', page: 1124 })] }), {
      question: 'q',
    }).blocks as Block[];
    const source = sectionTexts(blocks).find((t) => t.startsWith('*[1]'))!;
    expect(source.match(/s\. 1124/g)).toHaveLength(1);
  });

  it('trims long quotes to one line ending with "…"', () => {
    const quote = `${'uzun bir alıntı '.repeat(60)}\nikinci satır`;
    const blocks = renderAnswerBlocks(answer({ citations: [citation({ quote })] }), { question: 'q' }).blocks as Block[];
    const line = sectionTexts(blocks).find((t) => t.startsWith('*[1]'))!.split('\n').find((l) => l.startsWith('> '))!;
    expect(line.length).toBeLessThanOrEqual(2 + 280);
    expect(line.endsWith('…')).toBe(true);
  });

  it('shows the closest passages (not sources) with a refusal', () => {
    const blocks = renderAnswerBlocks(
      answer({ kind: 'refused', refused: true, answer: 'Belgelerde yok.', citations: [], closest: [citation({ title: 'Kars raporu' })] }),
      { question: 'Ay ne kadar uzak?' },
    ).blocks as Block[];
    const texts = sectionTexts(blocks).join('\n');
    expect(texts).toContain('Belgelerde bu sorunun yanıtını bulamadım');
    expect(texts).toContain('en yakın bölümler');
    expect(texts).not.toContain('*Kaynaklar*');
    expect(texts).toContain('*[1] Kars raporu*');
  });
});

describe('renderAnswerBlocks › tools, buttons, notes', () => {
  it('shows each tool call once, as a task card with the tool and its inputs in Turkish', () => {
    const blocks = renderAnswerBlocks(
      answer({
        kind: 'computed',
        answer: '12 yıl hizmeti olan sözleşmeli personele 30 gün ücretli yıllık izin verilir.\nHesap: 12 yıl > 10 yıl → 30 gün',
        toolCalls: [{ name: 'leave', input: { kind: 'annual', years_of_service: 12 }, output: { summary: 'Yıllık izin: 30 gün', calculation: '12 yıl > 10 yıl → 30 gün' } }],
      }),
      { question: 'q' },
    ).blocks as Block[];
    expect(sectionTexts(blocks)[0]).toContain('Hesaplama sonucu');
    const plan = blocks.find((b) => b.type === 'plan')!;
    expect(plan.title).toBe('Hesaplama adımları');
    expect(plan.tasks).toHaveLength(1);
    expect(plan.tasks[0]).toMatchObject({ type: 'task_card', task_id: 'arac-1', title: 'İzin hesabı', status: 'complete' });
    expect(JSON.stringify(plan.tasks[0].details)).toContain('izin türü: yıllık izin · hizmet süresi (yıl): 12');
    // The calculation is in the answer text: it is not rendered a second time from tool_calls[].output.
    expect(JSON.stringify(blocks).match(/10 yıl → 30 gün/g)).toHaveLength(1);
  });

  it('renders a computed answer from its parts, each once: answer line, result, calculation, notes', () => {
    const blocks = renderAnswerBlocks(
      answer({
        kind: 'computed',
        answer: '30 gün\n12 yıl hizmeti olan personele 30 gün ücretli yıllık izin verilir.\nHesap: 12 yıl > 10 yıl → 30 gün\nNot: Kapsam: sözleşmeli personel.',
        lead: '30 gün',
        explanation: '12 yıl hizmeti olan personele 30 gün ücretli yıllık izin verilir.',
        calculation: '12 yıl > 10 yıl → 30 gün',
        notes: ['Kapsam: sözleşmeli personel.'],
        toolCalls: [{ name: 'leave', input: { kind: 'annual' }, output: { summary: '12 yıl hizmeti olan personele 30 gün ücretli yıllık izin verilir.', calculation: '12 yıl > 10 yıl → 30 gün' } }],
      }),
      { question: 'q' },
    ).blocks as Block[];
    const texts = JSON.stringify(blocks);
    expect(sectionTexts(blocks)[0]).toBe('🧮 *Hesaplama sonucu*\n*30 gün*\n12 yıl hizmeti olan personele 30 gün ücretli yıllık izin verilir.');
    expect(texts.match(/12 yıl &gt; 10 yıl → 30 gün/g)).toHaveLength(1);
    expect(texts.match(/ücretli yıllık izin verilir/g)).toHaveLength(1);
    expect(texts).not.toContain('Hesap:');
    expect(allTexts(blocks).join('\n')).toContain('• Kapsam: sözleşmeli personel.');
  });

  it("uses Slack's native feedback buttons carrying the answer id, and a share button only when shareable", () => {
    const plain = renderAnswerBlocks(answer(), { question: 'q', answerId: 'abc' }).blocks as Block[];
    const feedback = plain.find((b) => b.type === 'context_actions')!;
    expect(feedback.elements).toHaveLength(1);
    expect(feedback.elements[0]).toMatchObject({
      type: 'feedback_buttons',
      action_id: 'answer_feedback',
      positive_button: { value: 'up:abc' },
      negative_button: { value: 'down:abc' },
    });
    expect(plain.some((b) => b.type === 'actions')).toBe(false);
    const shareable = renderAnswerBlocks(answer(), { question: 'q', answerId: 'abc', shareable: true }).blocks as Block[];
    expect(shareable.find((b) => b.type === 'actions')!.elements.map((e: Block) => [e.action_id, e.value])).toEqual([['share_answer', 'abc']]);
    const none = renderAnswerBlocks(answer(), { question: 'q' }).blocks as Block[];
    expect(none.some((b) => b.type === 'context_actions' || b.type === 'actions')).toBe(false);
  });

  it('words the lead, headings and buttons in English for an English question', () => {
    const blocks = renderAnswerBlocks(answer({ language: 'en', kind: 'refused', refused: true, citations: [], closest: [citation()] }), {
      question: 'What is the cap?',
      answerId: 'x',
    }).blocks as Block[];
    const text = allTexts(blocks).join('\n');
    expect(text).toContain('I could not find the answer to this question in the documents');
    expect(text).toContain('*Closest passages in the documents*');
    expect(text).toContain('Document date: Ocak 2011');
    expect(text).not.toContain('Kaynaklar');
    expect(blocks.find((b) => b.type === 'context_actions')!.elements[0].positive_button.text.text).toBe('Helpful');
  });

  it('puts a note (private answer, shared by) above the answer', () => {
    const blocks = renderAnswerBlocks(answer(), { question: 'q', note: '🔒 yalnızca size' }).blocks as Block[];
    expect(blocks[0]).toMatchObject({ type: 'context', elements: [{ type: 'mrkdwn', text: '🔒 yalnızca size' }] });
  });
});

describe('renderAnswerBlocks › escaping', () => {
  it('escapes &, < and > in the question, the answer, titles, locators and quotes', () => {
    const evil = 'A & B <!channel> <@U123> <http://kotu.example|tıkla> > son';
    const rendered = renderAnswerBlocks(
      answer({ answer: evil, citations: [citation({ title: evil, locator: evil, quote: evil })] }),
      { question: evil, answerId: 'x' },
    );
    for (const text of allTexts(rendered.blocks as Block[])) {
      expect(text).not.toMatch(/<[!@h]/);
    }
    const joined = allTexts(rendered.blocks as Block[]).join('\n');
    expect(joined).toContain('A &amp; B &lt;!channel&gt; &lt;@U123&gt;');
    expect(rendered.text).not.toContain('<!channel>');
  });
});

describe('renderAnswerBlocks › Slack limits', () => {
  it('keeps every section within 3,000 characters, splitting a long answer', () => {
    const long = Array.from({ length: 200 }, (_, i) => `Paragraf ${i}: ${'söz & madde '.repeat(8)}`).join('\n\n');
    const blocks = renderAnswerBlocks(answer({ answer: long }), { question: 'q' }).blocks as Block[];
    for (const text of allTexts(blocks)) expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(sectionTexts(blocks).filter((t) => t.includes('Paragraf')).length).toBeGreaterThan(1);
    expect(sectionTexts(blocks).join('')).toContain('yanıt kısaltıldı');
    // No entity cut in half at a split.
    for (const t of sectionTexts(blocks)) expect(t).not.toMatch(/&(a|am|amp)?$/);
  });

  it('never exceeds 50 blocks, whatever the number of sources and tool calls', () => {
    const many = Array.from({ length: 80 }, (_, i) => citation({ chunkId: `c#${i}`, title: `Belge ${i}` }));
    const tools = Array.from({ length: 10 }, () => ({ name: 't', input: {}, output: { summary: 's', calculation: 'c' } }));
    const blocks = renderAnswerBlocks(answer({ citations: many, toolCalls: tools }), { question: 'q', answerId: 'a', shareable: true })
      .blocks as Block[];
    expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.messageBlocks);
    expect(blocks.some((b) => b.type === 'context_actions')).toBe(true);
    expect(blocks.some((b) => b.type === 'actions')).toBe(true);
    expect(allTexts(blocks).join('\n')).toMatch(/…ve \d+ kaynak daha/);
  });

  it('keeps the fallback text within limits and escaped', () => {
    const rendered = renderAnswerBlocks(answer({ answer: '<b>'.repeat(2000) }), { question: 'q' });
    expect(rendered.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
    expect(rendered.text).not.toContain('<b>');
  });
});
