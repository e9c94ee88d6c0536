import { describe, expect, it } from 'vitest';
import type { EvalQuestion } from '../../../src/eval/eval-question.js';
import { answerContainsAny } from '../../../src/eval/normalize-for-match.js';
import {
  articleAtSpan,
  articleOf,
  isQuoteGrounded,
  longestCommonSubstring,
  scoreAnswer,
  spansOverlap,
  type ScoredAnswer,
} from '../../../src/eval/score-answer.js';

const REG = 'corpus/mevzuat/sozlesmeli-personel-esaslari.txt';
const REG_TEXT =
  'Madde 9- ... Sözleşmeli kadın personele, doğumdan önce sekiz, doğumdan sonra sekiz hafta olmak üzere\n' +
  'toplam on altı hafta süre ile ücretli doğum izni verilir. Çoğul gebelik halinde, doğum öncesi sekiz\n' +
  'haftalık izin süresine iki hafta eklenir.\n\n Madde 10- Resmi tabip raporu ile kanıtlanan hastalıklar için yılda 30 günü geçmemek üzere ücretli hastalık izni verilebilir.\n' +
  'İletişim: ahmet.yilmaz@example.gov.tr Tel: 0 (446) 214 20 73';
const SOURCES = new Map([[REG, REG_TEXT]]);

const leaveItem: EvalQuestion = {
  id: 'q003',
  question: 'Sözleşmeli kadın personelin doğum izni toplamda kaç hafta sürer?',
  lang: 'tr',
  category: 'article',
  expect: {
    refused: false,
    answer_any: ['on altı hafta', '16 hafta'],
    source: REG,
    span: 'toplam on altı hafta süre ile ücretli doğum izni verilir',
  },
};
const refusalItem: EvalQuestion = {
  id: 'q090',
  question: '2026 yılı memur maaş katsayısı kaçtır?',
  lang: 'tr',
  category: 'refusal',
  expect: { refused: true },
};

const answer = (over: Partial<ScoredAnswer>): ScoredAnswer => ({ answer: '', refused: false, citations: [], ...over });

describe('scoreAnswer › right, wrong, partial', () => {
  it('scores a correct, cited, verbatim answer right on every metric', () => {
    const score = scoreAnswer(
      leaveItem,
      answer({
        answer: 'Doğum izni toplam 16 haftadır (doğumdan önce ve sonra sekizer hafta).',
        citations: [{ source: REG, quote: 'toplam on altı hafta süre ile ücretli doğum izni verilir.' }],
      }),
      SOURCES,
    );
    expect(score).toEqual({ answerOk: true, citationOk: true, grounded: true, refusalOk: true, firstCitationOk: false, ungroundedQuotes: [] });
  });

  it('fails the answer but keeps the citation when the figure is wrong', () => {
    const score = scoreAnswer(
      leaveItem,
      answer({
        answer: 'Doğum izni 8 haftadır.',
        citations: [{ source: REG, quote: 'doğumdan sonra sekiz hafta olmak üzere toplam on altı hafta süre ile ücretli' }],
      }),
      SOURCES,
    );
    expect(score.answerOk).toBe(false);
    expect(score.citationOk).toBe(true);
    expect(score.grounded).toBe(true);
  });

  it('accepts a quote that only partly overlaps the expected span (≥ 30 shared characters)', () => {
    const span = leaveItem.expect.refused ? '' : leaveItem.expect.span;
    const quote = 'sonra sekiz hafta olmak üzere\ntoplam on altı hafta süre ile ücretli';
    expect(spansOverlap(quote, span)).toBe(true);
    // 29 shared characters ("toplam on altı hafta süre ile") fall short of the threshold.
    expect(spansOverlap('sonra sekiz hafta olmak üzere toplam on altı hafta süre ile', span)).toBe(false);
    const score = scoreAnswer(leaveItem, answer({ answer: 'on altı hafta', citations: [{ source: REG, quote }] }), SOURCES);
    expect(score.citationOk).toBe(true);
  });

  it('rejects a citation of the right source whose passage is elsewhere, and one of another source', () => {
    const elsewhere = 'yılda 30 günü geçmemek üzere ücretli hastalık izni verilebilir';
    expect(
      scoreAnswer(leaveItem, answer({ answer: '16 hafta', citations: [{ source: REG, quote: elsewhere }] }), SOURCES).citationOk,
    ).toBe(false);
    const otherSource = scoreAnswer(
      leaveItem,
      answer({
        answer: '16 hafta',
        citations: [{ source: 'corpus/raporlar/izmir-meslek-fabrikasi-2025.txt', quote: 'toplam on altı hafta süre ile ücretli doğum izni verilir' }],
      }),
      SOURCES,
    );
    expect(otherSource.citationOk).toBe(false);
    // The other source is not loaded, so the quote cannot be shown to be in it.
    expect(otherSource.grounded).toBe(false);
  });

  it('accepts a citation of an alternative span that states the same fact, and only that', () => {
    const twice: EvalQuestion = {
      ...leaveItem,
      expect: { ...leaveItem.expect, refused: false, also_spans: ['doğumdan önce sekiz, doğumdan sonra sekiz hafta'] } as EvalQuestion['expect'],
    };
    const cite = (quote: string) => scoreAnswer(twice, answer({ answer: '16 hafta', citations: [{ source: REG, quote }] }), SOURCES).citationOk;
    expect(cite('Sözleşmeli kadın personele, doğumdan önce sekiz, doğumdan sonra sekiz hafta olmak üzere')).toBe(true);
    expect(cite('yılda 30 günü geçmemek üzere ücretli hastalık izni verilebilir')).toBe(false);
  });

  it('counts a refusal of an answerable question as wrong on answer, citation and refusal', () => {
    const score = scoreAnswer(leaveItem, answer({ answer: 'Belgelerde bu bilgi yok.', refused: true }), SOURCES);
    expect(score).toMatchObject({ answerOk: false, citationOk: false, grounded: null, refusalOk: false });
  });
});

describe('scoreAnswer › refusals', () => {
  it('scores a refusal of an out-of-corpus question right, with citation not applicable', () => {
    const score = scoreAnswer(refusalItem, answer({ answer: 'Bu bilgi belgelerde yer almıyor.', refused: true }), SOURCES);
    expect(score).toEqual({ answerOk: true, citationOk: null, grounded: null, refusalOk: true, firstCitationOk: null, ungroundedQuotes: [] });
  });

  it('scores an answer to an out-of-corpus question wrong', () => {
    const score = scoreAnswer(refusalItem, answer({ answer: 'Katsayı 0,9 olarak uygulanır.' }), SOURCES);
    expect(score.answerOk).toBe(false);
    expect(score.refusalOk).toBe(false);
  });
});

describe('scoreAnswer › grounding', () => {
  it('flags a fabricated quote even when the answer text is right', () => {
    const fabricated = 'Sözleşmeli personele on altı hafta doğum izni ve ayrıca iki hafta babalık izni verilir';
    const score = scoreAnswer(
      leaveItem,
      answer({
        answer: '16 hafta',
        citations: [
          { source: REG, quote: 'toplam on altı hafta süre ile ücretli doğum izni verilir' },
          { source: REG, quote: fabricated },
        ],
      }),
      SOURCES,
    );
    expect(score.answerOk).toBe(true);
    expect(score.citationOk).toBe(true);
    expect(score.grounded).toBe(false);
    expect(score.ungroundedQuotes).toEqual([{ source: REG, quote: fabricated }]);
  });

  it('compares whitespace-folded text, but not case or letters', () => {
    expect(isQuoteGrounded('doğumdan önce sekiz,   doğumdan sonra\tsekiz hafta', REG_TEXT)).toBe(true);
    expect(isQuoteGrounded('Doğumdan Önce Sekiz', REG_TEXT)).toBe(false);
    expect(isQuoteGrounded('dogumdan once sekiz', REG_TEXT)).toBe(false);
    expect(isQuoteGrounded('   ', REG_TEXT)).toBe(false);
  });

  it('treats masked personal data as standing for what the source has there', () => {
    expect(isQuoteGrounded('İletişim: [e-posta gizlendi] Tel: [telefon gizlendi]', REG_TEXT)).toBe(true);
    expect(isQuoteGrounded('İletişim: [e-posta gizlendi] Faks: [telefon gizlendi]', REG_TEXT)).toBe(false);
  });
});

describe('answerContainsAny › Turkish forms', () => {
  it.each([
    ['Doğum izni toplam on altı haftadır.', ['16 hafta']],
    ['Tavan 2884 TL’dir.', ['2.884']],
    ['Günde 1,5 saat süt izni verilir.', ['bir buçuk saat']],
    ['İZİN 5 OCAK 2024 TARİHİNDE BAŞLAR', ['05.01.2024']],
    ['Izin 05/01/2024 tarihinde baslar', ['5 Ocak 2024']],
    ['4 bin 608 kursiyer', ['4.608']],
    ['toplam 27.737.800,00 TL', ['27.737.800']],
    ['il milli egitim muduru baskanliginda', ['il millî eğitim müdürü']],
    ['KAĞIZMAN en kalabalık ilçedir', ['Kağızman']],
  ])('finds %j in %j', (text, expected) => {
    expect(answerContainsAny(text, expected)).toBe(true);
  });

  it.each([
    ['Kayıtlı sayısı 160 kişidir.', ['16']],
    ['Yıl 2016 idi.', ['16']],
    ['12.884 TL', ['2.884']],
    ['oran 1,5', ['5']],
    ['sekiz hafta', ['16 hafta']],
  ])('does not find a different number: %j vs %j', (text, expected) => {
    expect(answerContainsAny(text, expected)).toBe(false);
  });
});

describe('longestCommonSubstring', () => {
  it('measures the longest shared run', () => {
    expect(longestCommonSubstring('abcdef', 'zcdez')).toBe(3);
    expect(longestCommonSubstring('', 'x')).toBe(0);
  });
});

describe('scoreAnswer › the peer rule (first citation: right file and article)', () => {
  const cited = (locator: string) =>
    answer({ answer: '16 hafta', citations: [{ source: REG, locator, quote: 'toplam on altı hafta süre ile ücretli doğum izni verilir.' }] });

  it('reads the article of a locator and of the span position', () => {
    expect(articleOf('Sözleşmeli Personel Çalıştırılmasına İlişkin Esaslar, Madde 9(2)')).toBe('madde 9');
    expect(articleOf('Kabahatler Kanunu, Geçici Madde 4, s. 220')).toBe('geçici madde 4');
    expect(articleOf('Kars raporu, paragraf 3')).toBeNull();
    expect(articleAtSpan(REG_TEXT, 'yılda 30 günü geçmemek üzere')).toBe('madde 10');
    expect(articleAtSpan(REG_TEXT, 'toplam on altı hafta')).toBe('madde 9');
  });

  it('is right only when the first citation names the article the expected span sits in', () => {
    expect(scoreAnswer(leaveItem, cited('Esaslar, Madde 9'), SOURCES).firstCitationOk).toBe(true);
    expect(scoreAnswer(leaveItem, cited('Esaslar, Madde 10'), SOURCES).firstCitationOk).toBe(false);
    expect(scoreAnswer(leaveItem, answer({ refused: true }), SOURCES).firstCitationOk).toBe(false);
  });
});
