import { describe, expect, it } from 'vitest';
import { cleanText, repairLineEndHyphens, type HyphenRepairStats } from '../../../src/text/clean-text.js';

describe('repairLineEndHyphens › syllable breaks joined, hyphenated words kept', () => {
  const repair = (text: string) => {
    const stats: HyphenRepairStats = { joined: 0, kept: [] };
    return { text: repairLineEndHyphens(text, stats), stats };
  };

  it('joins a word broken at a syllable', () => {
    expect(repair('mes-\nleki eğitim ve sı-\nnıf geçme').text).toBe('mesleki eğitim ve sınıf geçme');
  });

  it('keeps "e-beyan", "e-Devlet" and an acronym\'s suffix whole (only the line break goes)', () => {
    const { text, stats } = repair('Başvurular (e-\nbeyan) ve e-\nDevlet üzerinden, KDV-\nsiz tutar');
    expect(text).toBe('Başvurular (e-beyan) ve e-Devlet üzerinden, KDV-siz tutar');
    expect(stats.kept.sort()).toEqual(['KDV-siz', 'e-Devlet', 'e-beyan']);
    expect(stats.joined).toBe(0);
  });

  it('decides by the rest of the document: a compound it writes with a hyphen stays one', () => {
    expect(repair('araştırma-geliştirme projeleri ve araştırma-\ngeliştirme birimi').text).toBe(
      'araştırma-geliştirme projeleri ve araştırma-geliştirme birimi',
    );
    // …and a word it writes joined is joined, even after a one-letter piece.
    expect(repair('ebeveyn izni ile e-\nbeveyn').text).toBe('ebeveyn izni ile ebeveyn');
  });

  it('leaves a list label on the next line alone', () => {
    expect(repair('aşağıdaki-\nb) bent').text).toBe('aşağıdaki-\nb) bent');
  });

  it('cleanText keeps lines (tables stored one cell per line) and folds spaces', () => {
    expect(cleanText('\tHücre  bir\r\n\t\r\nsatır   iki\u00a0son')).toBe('\tHücre bir\n\t\nsatır iki son');
  });
});
