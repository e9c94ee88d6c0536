import type { Answer, Citation } from '../../../../src/answer/types.js';

export function citation(overrides: Partial<Citation> = {}): Citation {
  return {
    source: 'corpus/mevzuat/sozlesmeli-personel-esaslari.txt',
    docId: 'sozlesmeli-personel-esaslari',
    chunkId: 'sozlesmeli-personel-esaslari#7',
    title: 'Sözleşmeli Personel Çalıştırılmasına İlişkin Esaslar',
    locator: 'Sözleşmeli Personel Çalıştırılmasına İlişkin Esaslar, Madde 3(2)',
    page: null,
    quote: 'ücretlerin aylık brüt tutarı … 2.884 YTL’yi geçemez.',
    asOf: '2011-01',
    ...overrides,
  };
}

export function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    kind: 'answered',
    answer: 'Ücret tavanı 2.884 TL’dir.',
    refused: false,
    citations: [citation()],
    closest: [],
    toolCalls: [],
    mode: 'extractive',
    language: 'tr',
    personal: false,
    timingsMs: { total: 12 },
    ...overrides,
  };
}
