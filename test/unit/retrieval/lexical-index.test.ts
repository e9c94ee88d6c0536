import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LexicalIndex } from '../../../src/retrieval/lexical-index.js';
import { indexTerms } from '../../../src/text/index.js';

const chunk = (text: string, headings: string[] = []) => ({ text, title: 'Belge', subTitle: null, headings, article: null });

const chunks = [
  chunk('Sözleşmeli personele yılda 30 günü geçmemek üzere ücretli hastalık izni verilebilir.'),
  chunk('Sözleşme ile çalıştırılacak personele ödenecek ücretlerin toplamı 2.884 YTL’yi geçemez.'),
  chunk('Bir merkezde görevlendirilecek öğretmen sayısı hiçbir şekilde beşi geçemez.', ['Merkezlerin kurulması']),
  chunk('Okul öncesi eğitimde okullaşma oranı artırılacaktır.'),
];

describe('LexicalIndex › BM25F', () => {
  const index = LexicalIndex.build(chunks);

  it('ranks the passage holding the rare words first', () => {
    expect(index.search(indexTerms('hastalık izni kaç gün'), 3)[0]!.chunkIndex).toBe(0);
    expect(index.search(indexTerms('öğretmenler'), 3)[0]!.chunkIndex).toBe(2);
  });

  it('finds Turkish words typed without Turkish letters, and 2884 as 2.884', () => {
    expect(index.search(indexTerms('ogretmen sayisi'), 1)[0]!.chunkIndex).toBe(2);
    expect(index.search(indexTerms('2884 TL'), 1)[0]!.chunkIndex).toBe(1);
  });

  it('counts headings (context) as evidence, less than the body', () => {
    const hit = index.search(indexTerms('kurulması'), 1)[0]!;
    expect(hit.chunkIndex).toBe(2);
    const bodyHit = LexicalIndex.build([chunk('merkezlerin kurulması'), chunk('x'), chunk('y', ['merkezlerin kurulması'])]).search(indexTerms('kurulması'), 2);
    expect(bodyHit.map((h) => h.chunkIndex)).toEqual([0, 2]);
  });

  it('returns at most `limit` hits, best first, and nothing for unknown words', () => {
    const hits = index.search(indexTerms('personel geçemez'), 2);
    expect(hits).toHaveLength(2);
    expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score);
    expect(index.search(indexTerms('zeytinyağı'), 5)).toEqual([]);
  });

  it('repeating a term weighs it more; repeated searches do not leak scores', () => {
    const once = index.search(indexTerms('geçemez'), 4);
    const twice = index.search([...indexTerms('geçemez'), ...indexTerms('geçemez')], 4);
    expect(twice[0]!.score).toBeCloseTo(once[0]!.score * 2, 4);
    expect(index.search(indexTerms('geçemez'), 4)).toEqual(once);
  });

  it('round-trips through its on-disk form', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lexical-'));
    await index.save(path.join(dir, 'lexical.bin'));
    const loaded = await LexicalIndex.load(path.join(dir, 'lexical.bin'));
    await fs.rm(dir, { recursive: true, force: true });
    expect(loaded.size).toBe(index.size);
    for (const q of ['hastalık izni', 'öğretmen', '2884']) expect(loaded.search(indexTerms(q), 4)).toEqual(index.search(indexTerms(q), 4));
    expect(loaded.documentFrequency('~gecem')).toBe(2);
  });
});
