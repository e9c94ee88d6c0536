import { describe, expect, it } from 'vitest';
import { findTextPages, parsePageMarker } from '../../../src/ingest/page-markers.js';

const prose = (n: number) => `Sayfa metni ${n}. ${'Kurul her ay toplanır ve kararlarını yazılı olarak bildirir. '.repeat(6)}`;

describe('parsePageMarker', () => {
  it.each([
    ['201', { page: 201, total: null, bare: true }],
    ['Sayfa 3', { page: 3, total: null, bare: false }],
    ['Sayfa 1 / 6', { page: 1, total: 6, bare: false }],
    ['2 / 14', { page: 2, total: 14, bare: false }],
    ['- 7 -', { page: 7, total: null, bare: false }],
    ['Page 4 of 9', { page: 4, total: 9, bare: false }],
  ])('%s', (line, marker) => expect(parsePageMarker(line)).toEqual(marker));

  it('is not fooled by dates or fractions', () => {
    expect(parsePageMarker('12/2019')).toBeNull();
    expect(parsePageMarker('7 / 3')).toBeNull();
    expect(parsePageMarker('Madde 4')).toBeNull();
  });
});

describe('findTextPages › printed page numbers of a text file', () => {
  it('reads "n / N" headers as the start of their page', () => {
    const text = ['1 / 3', prose(1), '2 / 3', prose(2), '3 / 3', prose(3)].join('\n');
    const pages = findTextPages(text);
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(text.slice(pages[1]!.start).startsWith('2 / 3')).toBe(true);
    expect(text.slice(pages[2]!.start, pages[2]!.end)).toContain('Sayfa metni 3');
  });

  it('reads lone numbers between blocks as the foot of their page', () => {
    const text = [prose(1), '', '11', '', prose(2), '', '12', '', prose(3), '', '13'].join('\n');
    const pages = findTextPages(text);
    expect(pages.map((p) => p.page)).toEqual([11, 12, 13]);
    expect(text.slice(pages[0]!.start, pages[0]!.end).trimEnd().endsWith('11')).toBe(true);
    expect(text.slice(pages[1]!.start, pages[1]!.end)).toContain('Sayfa metni 2');
  });

  it('takes "Sayfa 3" labels with a converter header in between', () => {
    const text = ['Dönüştürülen Metin: 1644309301', 'Sayfa 1', prose(1), 'Dönüştürülen Metin: 1644309301', 'Sayfa 2', prose(2)].join('\n');
    expect(findTextPages(text).map((p) => p.page)).toEqual([1, 2]);
  });

  it('does not take a column of figures or table ordinals for pages', () => {
    const table = Array.from({ length: 12 }, (_, i) => `${i + 1}\nMerkez ${i + 1}\n${(i + 3) * 17}`).join('\n');
    expect(findTextPages(`${prose(1)}\n${table}\n${prose(2)}`)).toEqual([]);
    expect(findTextPages(prose(1))).toEqual([]);
  });
});
