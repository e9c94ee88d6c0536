import { describe, expect, it } from 'vitest';
import { leadLine } from '../../../src/answer/lead-line.js';
import { toAnswerJson, createAnswer, type Citation } from '../../../src/answer/types.js';
import { understandQuestion } from '../../../src/question/index.js';

const lead = (question: string, quote: string) => leadLine(understandQuestion(question), quote);

describe('leadLine › the direct answer, only from the quote', () => {
  it('states the asked quantity as the text writes it', () => {
    expect(lead('Avukatlık stajı ne kadar sürer?', 'Avukatlık stajı bir yıldır.')).toBe('bir yıl');
    expect(lead('Kaç gün mazeret izni verilir?', 'her olay için üç gün ücretli mazeret izni verilir')).toBe('üç gün');
    expect(lead('Anayasa Mahkemesi kaç üyeden oluşur?', 'Anayasa Mahkemesi onbeş üyeden kurulur.')).toBe('onbeş üyeden');
    expect(lead('Dava değerinin yüzde kaçı kararlaştırılabilir?', 'Yüzde yirmibeşi aşmamak üzere')).toBe('Yüzde yirmibeşi');
  });

  it('lists the items of a list, and says yes or no only where the text does', () => {
    expect(lead('Disiplin cezaları nelerdir?', 'Cezalar:\na) Uyarma,\nb) Kınama,\nc) Meslekten çıkarma.')).toBe('Uyarma; Kınama; Meslekten çıkarma');
    expect(lead('Avukatlar reklam yapabilir mi?', 'reklam sayılabilecek her türlü teşebbüste bulunmaları yasaktır.')).toBe('Hayır (“yasaktır”)');
    expect(lead('Tek dilekçeyle dava açılabilir mi?', 'bir dilekçe ile de dava açılabilir.')).toBe('Evet (“açılabilir”)');
    expect(lead('Kurul neyi denetler?', 'Kurul, harcamaları denetler.')).toBeNull();
  });
});

describe('toAnswerJson › lead and closest', () => {
  const citation: Citation = { source: 'corpus/a.txt', docId: 'a', chunkId: 'a#1', title: 'A', locator: 'A, Madde 1', page: null, quote: 'q', asOf: null };

  it('carries the lead line and, for a refusal, the closest passages with the citation fields', () => {
    const refused = toAnswerJson(createAnswer({ kind: 'refused', answer: 'yok', language: 'tr', closest: [citation] }));
    expect(refused.closest).toEqual([{ source: 'corpus/a.txt', title: 'A', locator: 'A, Madde 1', page: null, quote: 'q' }]);
    expect(refused.lead).toBeNull();
    expect(toAnswerJson(createAnswer({ kind: 'answered', answer: 'x', language: 'tr', lead: 'bir yıl', citations: [citation] })).lead).toBe('bir yıl');
  });
});
