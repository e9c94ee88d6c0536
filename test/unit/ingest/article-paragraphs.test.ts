import { describe, expect, it } from 'vitest';
import { chunkDocument, type SourceDocument } from '../../../src/ingest/index.js';

function doc(text: string, kind: SourceDocument['kind'] = 'directive'): SourceDocument {
  return { id: 'd', source: 'corpus/d.txt', title: 'Deneme Yönergesi', kind, asOf: null, issuer: null, text, pages: [], parts: [], contentHash: 'x' };
}
const long = (label: string) => `${label} ${'uygulamaya ilişkin usul ve esaslar birim tarafından belirlenir ve ilan edilir, '.repeat(5)}`;

describe('chunkDocument › paragraph and item locators name what is printed', () => {
  it('never makes a range like "Madde 4(6)-(1)" from numbered sub-items', () => {
    const text = [
      'Staj',
      'MADDE 4 – (1) Staj süresi en az yirmi iş günüdür.',
      ...[2, 3, 4, 5].map((n) => `(${n}) ${long(`Fıkra ${n}`)}`),
      `(6) Staj aşağıdaki dönemlerde yapılır:`,
      `a) ${long('Yaz dönemi')}`,
      `(1) ${long('haziran dönemi')}`,
      `(2) ${long('temmuz dönemi')}`,
      `b) ${long('Ara dönem')}`,
      `(7) ${long('Son fıkra')}`,
    ].join('\n');
    const chunks = chunkDocument(doc(text)).filter((c) => c.article === 'Madde 4');
    expect(chunks.length).toBeGreaterThan(2);
    for (const c of chunks) {
      const [from, to] = c.loc!.paragraphs!;
      expect(from).toBeLessThanOrEqual(to);
      expect(from).toBeGreaterThanOrEqual(1);
      expect(to).toBeLessThanOrEqual(7);
    }
    // The "(1)" and "(2)" under item a) stay in paragraph 6.
    const sixth = chunks.filter((c) => c.text.includes('haziran dönemi'));
    expect(sixth.every((c) => c.loc!.paragraphs![1] === 6 || c.loc!.paragraphs![0] === 6)).toBe(true);
    expect(chunks.some((c) => c.loc!.paragraphs![0] === 7 || c.loc!.paragraphs![1] === 7)).toBe(true);
  });

  it('counts the first block under a header that holds only amendment notes as paragraph 1', () => {
    const text = [
      'Kabul şartları:',
      'Madde 3 – (Değişik: 30/1/1979 - 2178/1 md.)',
      '',
      `${long('Mesleğe kabul için')}`,
      '',
      `a) ${long('Türk vatandaşı olmak')}`,
      '',
      `b) ${long('Stajı tamamlamak')}`,
      '',
      `${long('İkinci fıkra')}`,
    ].join('\n');
    const chunks = chunkDocument(doc(text, 'law')).filter((c) => c.article === 'Madde 3');
    const first = chunks.find((c) => c.text.includes('Mesleğe kabul için'))!;
    expect(first.loc!.paragraphs![0]).toBe(1);
    const second = chunks.find((c) => c.text.includes('İkinci fıkra'))!;
    expect(second.loc!.paragraphs![1]).toBe(2);
    expect(chunks.map((c) => c.locator).join(' ')).not.toMatch(/\(3\)/u);
  });

  it('locates a piece of a very long paragraph at the lettered item it opens with', () => {
    const items = 'abcçdefgğh'.split('').map((l) => `${l}) ${long(`Bent ${l}`)}`);
    const text = ['Tanımlar', 'MADDE 3 – (1) Bu Yönergede geçen;', ...items].join('\n');
    const chunks = chunkDocument(doc(text)).filter((c) => c.article === 'Madde 3');
    expect(chunks.length).toBeGreaterThan(2);
    const withItem = chunks.filter((c) => c.loc?.item);
    expect(withItem.length).toBeGreaterThan(0);
    for (const c of withItem) {
      expect(c.text.startsWith(`${c.loc!.item})`)).toBe(true);
      expect(c.locator).toBe(`Deneme Yönergesi, Madde 3(1)(${c.loc!.item})`);
    }
  });
});
