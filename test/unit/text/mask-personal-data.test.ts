import { describe, expect, it } from 'vitest';
import { isTcKimlikNo, isValidIban, maskPersonalData } from '../../../src/text/mask-personal-data.js';

describe('maskPersonalData › what is personal is masked', () => {
  it.each([
    ['Tel: 0 (312) 413 19 17', 'Tel: [telefon gizlendi]'],
    ['\t446 2142073', '\t[telefon gizlendi]'],
    ['Cep: 0532 123 45 67', 'Cep: [telefon gizlendi]'],
    ['+90 532 123 45 67 numaralı hat', '[telefon gizlendi] numaralı hat'],
    ['GSM: 5321234567', 'GSM: [telefon gizlendi]'],
    ['05321234567', '[telefon gizlendi]'],
    ['TC Kimlik No: 10000000146', 'TC Kimlik No: [TC kimlik no gizlendi]'],
    ['IBAN: TR33 0006 1005 1978 6457 8413 26', 'IBAN: [IBAN gizlendi]'],
    ['hesap TR330006100519786457841326.', 'hesap [IBAN gizlendi].'],
    ['ali.veli@ornek.edu.tr', '[e-posta gizlendi]'],
  ])('%s', (input, masked) => expect(maskPersonalData(input)).toBe(masked));
});

describe('maskPersonalData › what only looks like it stays', () => {
  it.each([
    'Dönüştürülen Metin: 1644309301',
    'dosya no 3124131917',
    'Madde 312 413 üncü fıkra',
    '981 788 1769',
    '12345678901 sayılı dosya',
    'TR330006100519786457841327',
    'Toplam 1.824.614.602,16 TL',
    '915.443.944,11 TL, 15.02.2024, Sayı : E-20880154-10.04-96820530, 2015-2019',
    'Karar No: 2019/12, 5326 sayılı Kanun',
  ])('%s', (input) => expect(maskPersonalData(input)).toBe(input));

  it('checks the official TC kimlik and IBAN checksums', () => {
    expect(isTcKimlikNo('10000000146')).toBe(true);
    expect(isTcKimlikNo('10000000147')).toBe(false);
    expect(isTcKimlikNo('01234567890')).toBe(false);
    expect(isValidIban('TR33 0006 1005 1978 6457 8413 26')).toBe(true);
    expect(isValidIban('TR33 0006 1005 1978 6457 8413 27')).toBe(false);
  });
});

describe('maskPersonalData › markers', () => {
  it('uses exactly the listed markers', async () => {
    const { PERSONAL_DATA_MARKERS } = await import('../../../src/text/mask-personal-data.js');
    const masked = maskPersonalData('a@b.com 0532 123 45 67 10000000146 TR330006100519786457841326');
    expect(masked).toBe(PERSONAL_DATA_MARKERS.join(' '));
  });
});
