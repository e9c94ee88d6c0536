import { describe, expect, it } from 'vitest';
import { understandQuestion } from '../../../src/question/index.js';
import { resolveMentions, type NamedTarget } from '../../../src/retrieval/find-named-targets.js';

const target = (docId: string, title: string): NamedTarget => ({ docId, subTitle: null, title, aliases: [], lawNumber: null });

describe('resolveMentions › many documents with near-identical titles', () => {
  const targets = ['Ankara', 'Ege', 'Hacettepe', 'Marmara'].map((place) =>
    target(place.toLowerCase(), `${place} Üniversitesi Önlisans ve Lisans Eğitim-Öğretim Yönetmeliği`));
  targets.push(target('lisansustu', 'Ankara Üniversitesi Lisansüstü Eğitim ve Öğretim Yönetmeliği'));

  it('resolves a mention to the regulation its rarest title words name, not to every one sharing the common words', () => {
    const question = understandQuestion('Ege Üniversitesi Önlisans ve Lisans Eğitim-Öğretim Yönetmeliğine göre mazeret sınavı var mı?');
    expect(resolveMentions(question, targets).resolved.map((t) => t.docId)).toEqual(['ege']);
    const ankara = understandQuestion('Ankara Üniversitesi Önlisans ve Lisans Eğitim-Öğretim Yönetmeliğine göre devam zorunlu mu?');
    expect(resolveMentions(ankara, targets).resolved.map((t) => t.docId)).toEqual(['ankara']);
  });

  it('keeps every match when the mention tells none of them apart', () => {
    const question = understandQuestion('Önlisans ve Lisans Eğitim-Öğretim Yönetmeliğine göre devam zorunlu mu?');
    expect(resolveMentions(question, targets).resolved.map((t) => t.docId)).toEqual(['ankara', 'ege', 'hacettepe', 'marmara']);
  });
});
