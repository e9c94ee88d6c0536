import { describe, expect, it } from 'vitest';
import { holdsNumber } from '../../../src/answer/compose-extractive.js';

describe('holdsNumber', () => {
  it('finds number words next to Turkish letters, which an ASCII \\b misses', () => {
    for (const text of ['Kurul toplam beş kişiden oluşur.', 'Komisyon üç üyeden oluşur.', 'Süre altı aydır.', 'Dört yıl için seçilir.']) {
      expect(holdsNumber(text), text).toBe(true);
    }
  });

  it('reads joined number words as older laws print them, and digits', () => {
    expect(holdsNumber('Anayasa Mahkemesi onbeş üyeden kurulur.')).toBe(true);
    expect(holdsNumber('Sürücü belgesi 2 ay süre ile geri alınır.')).toBe(true);
  });

  it('does not read a number into words that only begin like one', () => {
    for (const text of ['Bunlar dönem sonunda ondan sonra bildirilir.', 'Binanın kullanımı izne bağlıdır.']) {
      expect(holdsNumber(text), text).toBe(false);
    }
  });
});
