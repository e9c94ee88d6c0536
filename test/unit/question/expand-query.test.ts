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

describe('expandQuery › everyday words for statute words', () => {
  it('searches the word a statute uses for the one a citizen asks with', () => {
    expect(expandQuery('Ehliyeti ne kadar süreyle geri alınır?').expansionText).toMatch(/sürücü belgesi/u);
    expect(expandQuery('Kurslardan kaç kişi faydalandı?').expansionText).toMatch(/yararlanma/u);
    expect(expandQuery('Reşit olmak için kaç yaşına girmek gerekir?').expansionText).toMatch(/ergin/u);
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

  it('knows the general vocabulary of statutes beyond staff rules: procedure, obligations, companies, crime', () => {
    const turkishOf = (q: string) => expandQuery(q, 'en').expansionText;
    expect(turkishOf('How long can a suspect be held in police custody?')).toMatch(/gözaltı/u);
    expect(turkishOf('What is the limitation period for a claim?')).toMatch(/alacak/u);
    expect(turkishOf('How many partners may a limited company have?')).toMatch(/limited şirket/u);
    expect(turkishOf('At what age of majority does a child become an adult?')).toMatch(/ergin/u);
    // The standard names of the codes, as English writes them, in the Turkish a title prints.
    expect(turkishOf('Under the Turkish Code of Obligations, when does a claim lapse?')).toMatch(/borçlar kanunu/u);
    expect(turkishOf('Under the Code of Criminal Procedure, who decides on an arrest?')).toMatch(/ceza muhakemesi/u);
    // A phrase picks one sense of a word with two ("custody" of a child is velayet, police custody gözaltı).
    expect(turkishOf('Who gets child custody after divorce?')).not.toMatch(/gözaltı/u);
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
