import type { AnswerKind } from '../answer/types.js';

/**
 * The fixed words both edges put around an engine answer, in the question's language: an English question
 * gets English headings and lead lines even where the quoted text itself is Turkish.
 */
export interface AnswerLabels {
  sources: string;
  closest: string;
  closestHint: string;
  lead: Record<AnswerKind, string | null>;
  steps: string;
  inputs: string;
  noInputs: string;
  result: string;
  failed: string;
  page: (page: number) => string;
  documentDate: string;
  showPassage: string;
  moreSources: (count: number) => string;
  basis: Record<'extractive' | 'llm', string>;
  caution: string;
  emptyAnswer: string;
  showHint: string;
  withdrawn: string;
  fallback: string;
  calculation: string;
  noteWord: string;
  feedback: { positive: string; negative: string; positiveA11y: string; negativeA11y: string };
}

const TR: AnswerLabels = {
  sources: 'Kaynaklar',
  closest: 'Belgelerde en yakın bölümler',
  closestHint: 'sorunuzu yanıtlamıyor olabilir',
  lead: {
    answered: null,
    computed: 'Hesaplama sonucu',
    'needs-input': 'Hesaplamak için biraz daha bilgi gerekiyor',
    refused: 'Belgelerde bu sorunun yanıtını bulamadım',
  },
  steps: 'Hesaplama adımları',
  inputs: 'Girdi',
  noInputs: 'girdi yok',
  result: 'Sonuç',
  failed: 'Hata',
  page: (page) => `s. ${page}`,
  documentDate: 'Belge tarihi',
  showPassage: 'Tam metni göster',
  moreSources: (count) => `…ve ${count} kaynak daha.`,
  basis: { extractive: 'Yanıt, belgelerden alıntıyla derlendi', llm: 'Yanıt, belgelerden doğrulanmış alıntılarla üretildi' },
  caution: 'Kaynağı kontrol etmeden resmî işlem yapmayın.',
  emptyAnswer: 'Yanıt metni boş döndü.',
  showHint: 'Bir kaynağın tam metni: göster N',
  withdrawn: 'Akışla yazılan metin doğrulanamadığı için geri çekildi; yerine belgelerden alıntılanan yanıt gösteriliyor.',
  fallback: 'Not: yanıt dil modeli olmadan, alıntılardan derlendi',
  calculation: 'Hesap',
  noteWord: 'Not',
  feedback: { positive: 'İşime yaradı', negative: 'Yaramadı', positiveA11y: 'Bu yanıt işime yaradı', negativeA11y: 'Bu yanıt işime yaramadı' },
};

const EN: AnswerLabels = {
  sources: 'Sources',
  closest: 'Closest passages in the documents',
  closestHint: 'they may not answer your question',
  lead: {
    answered: null,
    computed: 'Calculation result',
    'needs-input': 'I need a little more information to calculate this',
    refused: 'I could not find the answer to this question in the documents',
  },
  steps: 'Calculation steps',
  inputs: 'Input',
  noInputs: 'none',
  result: 'Result',
  failed: 'Error',
  page: (page) => `p. ${page}`,
  documentDate: 'Document date',
  showPassage: 'Show full passage',
  moreSources: (count) => `…and ${count} more sources.`,
  basis: { extractive: 'Answer compiled from quotes in the documents', llm: 'Answer written from quotes verified in the documents' },
  caution: 'Check the source before taking any official action.',
  emptyAnswer: 'The answer text came back empty.',
  showHint: 'A source in full: göster N',
  withdrawn: 'The streamed text could not be verified and was withdrawn; the answer quoted from the documents is shown instead.',
  fallback: 'Note: answered from quotes without the language model',
  calculation: 'Calculation',
  noteWord: 'Note',
  feedback: { positive: 'Helpful', negative: 'Not helpful', positiveA11y: 'This answer was helpful', negativeA11y: 'This answer was not helpful' },
};

export function labelsFor(language: 'tr' | 'en'): AnswerLabels {
  return language === 'en' ? EN : TR;
}
