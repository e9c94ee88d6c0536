import { describe, expect, it } from 'vitest';
import { alternativesByWord, expandQuery } from '../../../src/question/expand-query.js';

describe('expandQuery', () => {
  it('fires a synonym group by a member word\'s stem', () => {
    expect(expandQuery('Maaşım ne kadar?').expansionText).toMatch(/ücret/u);
  });

  it('maps English phrases to Turkish, longest first, without the words inside a phrase firing again', () => {
    const expanded = expandQuery('What is the vision statement of the directorate?');
    expect(expanded.expansionText).toMatch(/vizyon/u);
    // "statement" alone would be "tablo" (a financial statement); inside "vision statement" it is not.
    expect(expanded.expansionText).not.toMatch(/tablo/u);
    expect(expandQuery('Show the financial statement').expansionText).toMatch(/tablo/u);
  });

  it('gives each English word of a matched phrase the phrase\'s Turkish equivalent', () => {
    expect(alternativesByWord('What is the vision statement?').get('vision')).toContain('vizyon');
  });
});

describe('expandQuery › English questions', () => {
  it('fires Turkish synonym groups by the Turkish an English word maps to, not by its own spelling', () => {
    // "person" shares a stem with "personel": read as Turkish it fires the staff group (işçi, çalışan).
    expect(expandQuery('At what age does a person reach majority?').expansionText).toMatch(/işçi/u);
    expect(expandQuery('At what age does a person reach majority?', 'en').expansionText).not.toMatch(/işçi/u);
    expect(alternativesByWord('At what age does a person reach majority?', 'en').get('person')).toEqual([]);
    // The map's Turkish still fires its own synonyms ("salary" → "ücret" → "maaş").
    expect(expandQuery('What is the maximum salary?', 'en').expansionText).toMatch(/maaş/u);
  });
});

describe('expandQuery › ordinals', () => {
  it('searches an ordinal word also by its number ("birinci stratejik amaç" is printed "Stratejik Amaç1")', () => {
    expect(expandQuery('Birinci stratejik amaç nedir?').expansions).toContain('1');
    expect(expandQuery('Üçüncüsü hangisi?').expansions).toContain('3');
    expect(alternativesByWord('ikinci hedef').get('ikinci')).toContain('2');
    expect(expandQuery('Bir okulda kaç merkez olabilir?').expansions).not.toContain('1');
  });
});
