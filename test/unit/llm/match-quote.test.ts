import { describe, expect, it } from 'vitest';
import { matchQuote } from '../../../src/llm/index.js';

const SOURCE =
  'MADDE 4 – (1) Mesleki ve tek-\nnik eğitim  kurumlarında   “görev” yapan\npersonel yazılı başvurur. ' +
  'İletişim: ali.veli@ornek.gov.tr adresi ve 0 (312) 413 19 17 numarası. Son cümle burada.';

const matched = (quote: string, from = 0, to = SOURCE.length) => {
  const m = matchQuote(quote, SOURCE, from, to);
  return m.ok ? SOURCE.slice(m.span.start, m.span.end) : m.problem;
};

describe('matchQuote', () => {
  it('finds a quote whatever its whitespace, joined hyphenation, typographic quotes and case, and returns the source span', () => {
    expect(matched('mesleki ve teknik eğitim kurumlarında "görev" yapan personel')).toBe(
      'Mesleki ve tek-\nnik eğitim  kurumlarında   “görev” yapan\npersonel',
    );
    expect(matched('Mesleki ve tek- nik eğitim')).toBe('Mesleki ve tek-\nnik eğitim');
    expect(matched('“Mesleki ve teknik eğitim”')).toBe('Mesleki ve tek-\nnik eğitim');
  });

  it('accepts mask markers only where the source holds personal data, and "…" between pieces in order', () => {
    expect(matched('İletişim: [e-posta gizlendi] adresi ve [telefon gizlendi] numarası.')).toBe(
      'İletişim: ali.veli@ornek.gov.tr adresi ve 0 (312) 413 19 17 numarası.',
    );
    expect(matched('Son cümle [telefon gizlendi] burada.')).toBe('not-found');
    expect(matched('yazılı başvurur. … Son cümle burada.')).toBe('yazılı başvurur. İletişim: ali.veli@ornek.gov.tr adresi ve 0 (312) 413 19 17 numarası. Son cümle burada.');
    expect(matched('Son cümle burada … yazılı başvurur')).toBe('not-found');
  });

  it('rejects words the passage does not hold, one-word quotes and quotes outside the passage bounds', () => {
    expect(matched('Mesleki ve teknik eğitim kurumlarında görev yapan öğretmen')).toBe('not-found');
    expect(matched('personel')).toBe('too-short');
    expect(matched('Son cümle burada.', 0, 60)).toBe('not-found');
  });
});
