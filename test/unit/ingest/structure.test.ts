import { describe, expect, it } from 'vitest';
import { packText } from '../../../src/ingest/index.js';
import { isStrategicGoalLine, parseArticleHeader } from '../../../src/ingest/structure.js';

describe('parseArticleHeader', () => {
  it.each([
    ['MADDE 4 – (1) Merkezler;', 'Madde 4', 1],
    ['MADDE 1- (1) Bu Yönergenin amacı', 'Madde 1', 1],
    ['  Madde 9- (Değişik: …) 160 sayılı', 'Madde 9', null],
    ['Ek Madde 6 – (Ek:22/11/2010 …) Personelin;', 'Ek Madde 6', null],
    ['Geçici Madde 4- (Ek: 23/2/2005 …)', 'Geçici Madde 4', null],
    ['Ek Geçici Madde 1- (Mülga:1/2/1980 …)', 'Ek Geçici Madde 1', null],
    ['MADDE 11— (1) Merkezin izleme', 'Madde 11', 1],
    // The large codes run past a thousand articles (Türk Ticaret Kanunu to 1535, Türk Medeni Kanunu to 1030).
    ['MADDE 1061- (1) Donatan, gemisini', 'Madde 1061', 1],
    ['Madde 1030- Bu Kanun yayımı', 'Madde 1030', null],
  ])('%s → %s', (line, label, firstParagraph) => {
    expect(parseArticleHeader(line)).toMatchObject({ label, firstParagraph, bare: false });
  });

  it.each([
    ['MADDE 1. Bu Usul ve Esasların amacı', 'Madde 1', null],
    ['Madde 1: Bu usul ve esasların amacı', 'Madde 1', null],
    ['Madde 2 : Bu usul ve esaslar', 'Madde 2', null],
    ['MADDE  1  − (1) Bu Yönergenin amacı', 'Madde 1', 1],
    ['Madde 6 (Staj defteri) Öğrenci', 'Madde 6', null],
    ['Madde 43/A – (Ek: 2/7/2012-6352/102 md.)', 'Madde 43/A', null],
    ['EK GEÇİCİ MADDE 2 – (1) Geçiş', 'Ek Geçici Madde 2', 1],
    ['MADDE-5- (1) Kurul', 'Madde 5', 1],
    ['• MADDE 2 – (1) OCR bir imi bıraktı', 'Madde 2', 1],
  ])('%s → %s', (line, label, firstParagraph) => {
    expect(parseArticleHeader(line)).toMatchObject({ label, firstParagraph, bare: false });
  });

  it('reads a caption printed on the header line, and a bare label only as such', () => {
    expect(parseArticleHeader('Amaç ve kapsam MADDE 1 – (1) Bu Yönergenin')).toMatchObject({ label: 'Madde 1', inlineCaption: 'Amaç ve kapsam' });
    expect(parseArticleHeader('Tanımlar GEÇİCİ MADDE 1 – (1) Geçiş')).toMatchObject({ label: 'Geçici Madde 1', inlineCaption: 'Tanımlar' });
    expect(parseArticleHeader('Geçici Madde 7')).toMatchObject({ label: 'Geçici Madde 7', bare: true });
    expect(parseArticleHeader('Bu Madde 5 – kapsamında')).toBeNull();
  });

  it('ignores lines that only mention an article', () => {
    expect(parseArticleHeader('maddesinin ikinci fıkrası uyarınca')).toBeNull();
    expect(parseArticleHeader('Madde 3 uyarınca ödenir.')).toBeNull();
  });
});

describe('packText', () => {
  it('cuts at sentence ends within the size window, never inside a word', () => {
    const sentence = 'Kurs merkezlerinde yıl boyunca yoğun çalışma yürütüldü ve kursiyerler istihdam edildi. ';
    const text = sentence.repeat(30);
    const spans = packText(text, 0, text.length, { min: 500, max: 1000 });
    expect(spans.length).toBeGreaterThan(2);
    for (const span of spans) {
      const piece = text.slice(span.start, span.end);
      expect(piece.length).toBeLessThanOrEqual(1000);
      expect(piece.endsWith('.')).toBe(true);
      expect(piece.startsWith('Kurs')).toBe(true);
    }
  });

  it('keeps a word longer than the window whole', () => {
    const text = `kısa ${'x'.repeat(1500)} son`;
    const spans = packText(text, 0, text.length, { min: 500, max: 1000 });
    expect(spans.map((s) => text.slice(s.start, s.end))).toContain(`kısa ${'x'.repeat(1500)}`);
  });
});

describe('isStrategicGoalLine', () => {
  it('reads a goal heading however its number is set, "Amaç" ending in a letter \\b does not know', () => {
    for (const line of ['Stratejik Amaç1:', 'Stratejik Amaç 2.', '2. Stratejik Amaç']) expect(isStrategicGoalLine(line), line).toBe(true);
    expect(isStrategicGoalLine('Stratejik Amaçlar ve hedefler bu bölümde sayılır.')).toBe(false);
  });
});
