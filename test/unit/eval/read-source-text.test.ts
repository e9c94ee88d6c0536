import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceText, SourceTextCache } from '../../../src/eval/read-source-text.js';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

describe('readSourceText › the text quotes are checked against', () => {
  it('reads the gazette PDF with line-end hyphenation repaired', async () => {
    const text = await readSourceText(repoRoot, 'corpus', 'corpus/gazete/tebligler-dergisi-2024-s1120.pdf');
    expect(text).toContain('biri İngilizce öğretmeni');
    expect(text).not.toContain('İn-\ngilizce');
  });

  it('gives null for a missing file and for a path outside the corpus folder', async () => {
    expect(await readSourceText(repoRoot, 'corpus', 'corpus/yok/boyle-bir-dosya.txt')).toBeNull();
    expect(await readSourceText(repoRoot, 'corpus', 'package.json')).toBeNull();
    expect(await readSourceText(repoRoot, 'corpus', 'corpus/../package.json')).toBeNull();
  });

  it('loads each source once and leaves unreadable ones out of the map', async () => {
    const cache = new SourceTextCache(repoRoot, 'corpus');
    const izmir = 'corpus/raporlar/izmir-meslek-fabrikasi-2025.txt';
    const texts = await cache.ensure([izmir, 'corpus/yok.txt', izmir]);
    expect([...texts.keys()]).toEqual([izmir]);
    expect(texts.get(izmir)).toContain('409 farklı kurs');
  });
});
