import { describe, expect, it } from 'vitest';
import {
  aoristFormsOf, cleanText, findTurkishDate, foldTurkish, formatTurkishDate, formatTurkishLira, indexTerms, maskPersonalData,
  parseTurkishDate, parseTurkishNumber, repairLineEndHyphens, stemTurkish, suffixRoots, stripTurkishDiacritics, tokenizeRaw, upperTurkish,
} from '../../../src/text/index.js';

describe('foldTurkish › case folding', () => {
  it.each([
    ['İSTANBUL', 'istanbul'],
    ['ILIK', 'ılık'],
    ['İĞDIR', 'iğdır'],
    ['Öğretmen', 'öğretmen'],
  ])('%s → %s', (input, expected) => expect(foldTurkish(input)).toBe(expected));

  it('never leaves a combining dot (plain toLowerCase turns İ into i + U+0307)', () => {
    expect(foldTurkish('İl Millî Eğitim')).not.toMatch(/\u0307/);
    expect('İ'.toLowerCase()).toBe('i\u0307');
  });

  it('upper-cases i to İ and ı to I', () => expect(upperTurkish('iğdır ılık')).toBe('İĞDIR ILIK'));
  it('strips diacritics so ogretmen meets öğretmen', () => expect(stripTurkishDiacritics(foldTurkish('ÖĞRETMEN şçü'))).toBe('ogretmen scu'));
  it('strips diacritics as the per-character map it replaced, on any text', () => {
    const fold: Record<string, string> = { ç: 'c', ğ: 'g', ı: 'i', ö: 'o', ş: 's', ü: 'u', â: 'a', î: 'i', û: 'u', é: 'e' };
    const reference = (folded: string) => {
      let out = '';
      for (const ch of folded) out += fold[ch] ?? ch;
      return out.replace(/\u0307/g, '');
    };
    const alphabet = [...'çğıöşüâîûéÇĞİIaeiouxyz 0\n.', '\u0307', '😀', '\ud800', 'ẞ', 'ǅ'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let k = 0; k < 2000; k++) {
      const text = Array.from({ length: next() % 40 }, () => alphabet[next() % alphabet.length]).join('');
      expect(stripTurkishDiacritics(text)).toBe(reference(text));
      expect(stripTurkishDiacritics(foldTurkish(text))).toBe(reference(foldTurkish(text)));
      // Long texts (whole documents) take another path.
      expect(stripTurkishDiacritics(text.repeat(30))).toBe(reference(text.repeat(30)));
    }
  });
});

describe('cleanText › dehyphenation and whitespace', () => {
  it('joins a word split across a line end', () => expect(repairLineEndHyphens('mes-\nleki eğitim')).toBe('mesleki eğitim'));
  it('keeps a real hyphen before a capital (Ar-\\nGe) and inside a line', () => {
    expect(repairLineEndHyphens('Ar-\nGe merkezi')).toBe('Ar-\nGe merkezi');
    expect(repairLineEndHyphens('araştırma-geliştirme')).toBe('araştırma-geliştirme');
  });
  it('folds spaces but keeps leading tabs of table cells and empty cells', () => {
    expect(cleanText('a   b  \n\t98,54   \n\t\n')).toBe('a b\n\t98,54\n\t\n');
  });
});

describe('tokenize › numbers and stems', () => {
  it('keeps Turkish numbers whole', () => {
    expect(tokenizeRaw('2.884 YTL, oran %98,54; gösterge 1.1.1.')).toEqual(['2.884', 'ytl', 'oran', '98,54', 'gösterge', '1.1.1']);
  });
  it('maps 2.884 and 2884 to one term', () => expect(stemTurkish('2.884')).toBe(stemTurkish('2884')));
  it('stems by five-letter prefix', () => expect(stemTurkish('öğretmenlerin')).toBe('öğret'));
  it('adds diacritic-free twins and, for long words, a long-prefix term', () => expect(indexTerms('Öğretmen')).toEqual(['öğret', '~ogret', '+ogretmen']));
});

describe('parseTurkishNumber', () => {
  it.each([
    ['2.884,50 TL', 2884.5],
    ['2.884', 2884],
    ['2500,50', 2500.5],
    ['2500.50', 2500.5],
    ['1.000.000', 1000000],
    ['12', 12],
  ])('%s → %d', (input, expected) => expect(parseTurkishNumber(input)).toBe(expected));
  it.each(['abc', '', '12a', '1,2,3,4'])('%s → null', (input) => expect(parseTurkishNumber(input)).toBeNull());
  it('prints the Turkish way', () => expect(formatTurkishLira(2884.5)).toBe('2.884,50 TL'));
});

describe('Turkish dates', () => {
  it.each([
    ['1 Mart 2026', { year: 2026, month: 3, day: 1 }],
    ['01.03.2026', { year: 2026, month: 3, day: 1 }],
    ['15/02/2024 tarihli', { year: 2024, month: 2, day: 15 }],
    ['2026-03-01', { year: 2026, month: 3, day: 1 }],
    ['3 subat 2025', { year: 2025, month: 2, day: 3 }],
  ])('%s', (input, expected) => expect(parseTurkishDate(input)).toEqual(expected));
  it('flags an impossible date instead of rolling it over', () => expect(findTurkishDate('31.02.2026')).toEqual({ invalid: true, text: '31.02.2026' }));
  it('prints "1 Mart 2026"', () => expect(formatTurkishDate({ year: 2026, month: 3, day: 1 })).toBe('1 Mart 2026'));
});

describe('maskPersonalData', () => {
  it('masks e-mail addresses, including Turkish letters', () => {
    expect(maskPersonalData('\tıku24@hotmail.com ve aziz_gun24@hotmail.com')).toBe('\t[e-posta gizlendi] ve [e-posta gizlendi]');
  });
  it('masks phone numbers in the forms the documents print', () => {
    expect(maskPersonalData('Tel: 0 (312) 413 19 17')).toBe('Tel: [telefon gizlendi]');
    expect(maskPersonalData('\t446 2142073')).toBe('\t[telefon gizlendi]');
  });
  it('leaves amounts, dates and document numbers alone', () => {
    const text = '915.443.944,11 TL, 15.02.2024, Sayı : E-20880154-10.04-96820530, 2015-2019';
    expect(maskPersonalData(text)).toBe(text);
  });
});

describe('suffixRoots › roots under inflectional endings', () => {
  it('finds the bare root a prefix stem misses, longest first', () => {
    expect(suffixRoots('günüm')).toContain('gün');
    expect(suffixRoots('okula')[0]).toBe('okul');
    expect(suffixRoots('izinlerinde')).toContain('izin');
  });
  it('never cuts below three letters, and leaves numbers alone', () => {
    expect(suffixRoots('ama').every((r) => r.length >= 3)).toBe(true);
    expect(suffixRoots('2023te')).toEqual([]);
  });
});

describe('aoristFormsOf', () => {
  it('gives the aorist a statute writes for a verb a question puts in the progressive', () => {
    expect(aoristFormsOf('sürüyor')).toContain('sürer');
    expect(aoristFormsOf('oluşuyor')).toContain('oluşur');
    expect(aoristFormsOf('kapsayabiliyormuş')).toContain('kapsayabilir');
    // A root whose last vowel dropped before the progressive ("bekle" → "bekliyor") gets it back.
    expect(aoristFormsOf('bekliyor')).toContain('bekler');
    expect(aoristFormsOf('alıyor')).toContain('alır');
  });

  it('leaves other words and negatives alone', () => {
    expect(aoristFormsOf('süre')).toEqual([]);
    expect(aoristFormsOf('koyun')).toEqual([]);
    // "gelmiyor" is "gelmez", not "gelmer": the negation cannot be read off the root.
    expect(aoristFormsOf('gelmiyor')).toEqual([]);
  });
});
