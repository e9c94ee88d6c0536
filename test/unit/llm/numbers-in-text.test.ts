import { describe, expect, it } from 'vitest';
import { numberKeysIn, numbersInAnswer, unsupportedNumbers } from '../../../src/llm/index.js';

describe('numbersInAnswer', () => {
  it('reads Turkish amounts, percentages, dates, codes and number words, not citation markers or list numbering', () => {
    const found = numbersInAnswer('1. Yanıt: 12 yıl hizmete yirmi gün [1], on iki ayda 2.884,50 TL, %50, 15.06.2025, gösterge 1.1.1 [P2]. İki yüz elli kişi; bir personel.', 'tr');
    expect(found.map((m) => m.key)).toEqual(['12', '2884.5', '50', 'date:2025-06-15', '1.1.1', '20', '12', '250']);
  });

  it('reads English number words in English answers, and never the preposition "on"', () => {
    expect(numbersInAnswer('Based on Article 9, twenty days are granted.', 'en').map((m) => m.key)).toEqual(['9', '20']);
  });
});

describe('unsupportedNumbers', () => {
  const evidence = numberKeysIn('bir yıldan on yıla kadar olan personele yirmi gün, on yıldan fazla olanlara otuz gün; 2.884 YTL; 2027-03-01; Madde 9');

  it('passes numbers the evidence states in digits or words, in either form', () => {
    expect(unsupportedNumbers('10 yıla kadar 20 gün, 10 yıldan fazla otuz gün (Madde 9); tavan 2.884,00 TL; 01.03.2027.', 'tr', evidence)).toEqual([]);
  });

  it('names each number found in no evidence', () => {
    expect(unsupportedNumbers('Yılda 90 gün ve %15 zam, 2.900 TL.', 'tr', evidence)).toEqual(['90', '15', '2.900']);
  });
});
