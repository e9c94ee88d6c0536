import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APOSTROPHE_SUFFIX, foldTurkish, TOKEN, tokenizeRaw } from '../../../src/text/index.js';

// As turkish-analyser.ts tokenised before the scan: invisible characters and apostrophe suffixes dropped, then the regex.
const byRegex = (text: string) =>
  foldTurkish(text.replace(/[\u00ad\u200b-\u200f\u2060-\u2064\ufeff\u202a-\u202e]/gu, '').replace(APOSTROPHE_SUFFIX, '')).match(TOKEN) ?? [];

// Letters with and without Turkish diacritics, digits and the number separators, combining marks,
// astral letters and symbols, lone surrogates, punctuation and whitespace.
const PIECES = ['\u200b', '\u00ad', 'a', 'Z', 'ç', 'Ğ', 'ı', 'İ', 'I', 'ş', 'ö', 'Ü', 'â', '0', '7', '9', '.', ',', '/', '-', ' ', '\n', '\t',
  '\u0307', '\u0301', '𝐀', '😀', '\ud800', '\udc00', '(', '’', "'", '`', '%', 'ß', 'Ω', 'ж', '中', '\u00a0'];

describe('tokenizeRaw › the scanner gives the regex tokens', () => {
  it('on examples', () => {
    for (const text of ['2.884 YTL, oran %98,54; gösterge 1.1.1.', '2015-2019 yılları', 'İĞDIR’da 3/4 oranında', "TCK'nın 2021'de", 'a1b2', '1..2', '12,', 'x\u0307y', '𝐀𝐁 😀 c']) {
      expect(tokenizeRaw(text), text).toEqual(byRegex(text));
    }
  });

  it('on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(tokenizeRaw(text)).toEqual(byRegex(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(tokenizeRaw(text)).toEqual(byRegex(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('foldTurkish › the fast path gives what NFC + tr-TR lower-casing gives', () => {
  const reference = (text: string) => text.normalize('NFC').toLocaleLowerCase('tr-TR');
  it('on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES, 'I\u0307', 'e\u0301', 'Σ', 'İ', 'I', 'Ǆ', '\u2000', 'K'), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(foldTurkish(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
  it('on every code unit it treats as simple, alone and in words', () => {
    for (let unit = 0; unit < 0x2100; unit++) {
      const ch = String.fromCharCode(unit);
      for (const text of [ch, `A${ch}I`, `İ${ch}ş`]) expect(foldTurkish(text), `U+${unit.toString(16)}`).toBe(reference(text));
    }
  });
});
