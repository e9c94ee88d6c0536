import { describe, expect, it } from 'vitest';
import { splitClauses, splitSentences } from '../../../src/answer/split-sentences.js';

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends sentences at a full stop before a capital, never inside numbers or after abbreviations', () => {
    expect(sentencesOf('Tavan 2.884 YTL olup s. 1128 sayfasındadır. Madde 1.1.1 göstergesi ayrıdır.')).toEqual([
      'Tavan 2.884 YTL olup s. 1128 sayfasındadır.',
      'Madde 1.1.1 göstergesi ayrıdır.',
    ]);
  });

  it('ends a sentence at a blank line after a full stop, and before a list item', () => {
    expect(sentencesOf('Şartlar şunlardır:\na) Öğretmen olmak.\nb) Beş yıl çalışmış olmak.\n\nSon cümle.')).toEqual([
      'Şartlar şunlardır:',
      'a) Öğretmen olmak.',
      'b) Beş yıl çalışmış olmak.',
      'Son cümle.',
    ]);
  });

  it('keeps a short label ending in a colon with the text it introduces', () => {
    const text = 'Stratejik Amaç1:\n\nBütün bireylerin eğitime adil şartlar altında erişmesini sağlamak.\n\nSonraki paragraf.';
    expect(sentencesOf(text)).toEqual([
      'Stratejik Amaç1:\n\nBütün bireylerin eğitime adil şartlar altında erişmesini sağlamak.',
      'Sonraki paragraf.',
    ]);
  });

  it('gives offsets into the document when the text is a slice of it', () => {
    const doc = 'XXXX Bir cümle. İki cümle.';
    const spans = splitSentences(doc.slice(5), 5);
    expect(spans.map((s) => doc.slice(s.start, s.end))).toEqual(['Bir cümle.', 'İki cümle.']);
  });
});

describe('splitClauses', () => {
  it('splits a long sentence after semicolons and commas, keeping clauses of at least 25 characters', () => {
    const text = 'Sözleşmeli personelin ücreti; pozisyon unvanı, hizmet yılı ve öğrenim durumu esas alınarak belirlenir.';
    const clauses = splitClauses({ start: 0, end: text.length }, text).map((s) => text.slice(s.start, s.end));
    expect(clauses.join(' ')).toBe(text.replace(/;\s/u, '; '));
    expect(clauses.length).toBeGreaterThan(1);
  });
});
