import { describe, expect, it } from 'vitest';
import { chooseLead, leadLine } from '../../../src/answer/lead-line.js';
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

describe('leadLine › the quantity that answers the question asked', () => {
  const excuse = 'Sözleşmeli personele isteği üzerine; eşinin doğum yapması halinde iki gün, kendisinin veya çocuğunun evlenmesi, annesinin, babasının, eşinin, çocuğunun veya kardeşinin ölümü halinde ve her olay için üç gün ücretli mazeret izni verilir.';

  it('takes, of several quantities, the one whose case holds the question\'s words', () => {
    expect(lead('Annesi vefat eden personele kaç gün izin verilir?', excuse)).toBe('üç gün');
    expect(lead('Evlenen personel kaç gün izin alır?', excuse)).toBe('üç gün');
    expect(lead('Eşi doğum yapan personel kaç gün izin alır?', excuse)).toBe('iki gün');
  });

  it('reads a money question the wording does not type, and never a percentage or a date for it', () => {
    expect(lead('ücret tavanı ne kadar?', 'ücretlerin aylık brüt tutarı 2.884 YTL’yi geçemez.')).toBe('2.884 YTL');
    // So that quote selection, too, looks for an amount (the severance "%50’sini geçemez" led before).
    expect(understandQuestion('ücret tavanı ne kadar?').form.unit).toBe('money');
    expect(lead('Ne kadar ödeme yapıldı?', '380 kişiye toplam 26.364.015,87 TL ödeme yapılmıştır.')).toBe('26.364.015,87 TL');
    expect(lead('Süre ne kadar?', 'kişiye elli Türk lirası idarî para cezası verilir.')).toBeNull();
    expect(lead('Mahkeme kaç gün içinde karar verir?', '22/4/1962 gün ve 44 sayılı Kanun uygulanır.')).toBeNull();
  });

  it('keeps numbers as reports print them and counts the noun past a qualifier', () => {
    expect(lead('Kaç kursiyer yararlandı?', 'kurslardan 4 bin 608 kursiyer yararlandı')).toBe('4 bin 608 kursiyer');
    expect(lead('İşsizler en çok hangi yaş grubunda?', 'işsizlerin % 37 si 20-24 yaş grubundadır')).toBe('20-24 yaş');
    expect(lead('Kaç farklı kurs açıldı?', 'yıl boyunca 409 farklı kurs açıldı')).toBe('409 farklı kurs');
    expect(lead('Kurul kaç üyeden oluşur?', 'Kurul onbeş üyeden kurulur.')).toBe('onbeş üyeden');
  });
});

describe('leadLine › lists', () => {
  it('names every item, shortened, without amendment notes or repealed items', () => {
    const quote = 'reddolunur:\n\na) (Değişik: 23/1/2008-5728/326 md.) Kasten işlenen bir suçtan dolayı iki yıldan fazla süreyle hapis cezasına mahkûm olmak ya da zimmet, irtikâp, rüşvet suçlarından birinden mahkûm olmak,\n\nb) (İptal: Anayasa Mahkemesinin 28/2/2013 tarihli Kararı ile.)\n\nc) Mahkeme kararı ile kısıtlanmış olmak,';
    expect(lead('Hangi durumlarda kabul istemi reddedilir?', quote)).toBe('Kasten işlenen bir suçtan dolayı iki yıldan fazla süreyle hapis cezasına mahkûm olmak ya…; Mahkeme kararı ile kısıtlanmış olmak');
  });
});

describe('chooseLead › which citation gives the line', () => {
  const cite = (locator: string, quote: string): Citation => ({ source: 'corpus/a.txt', docId: 'a', chunkId: locator, title: 'A', locator, page: null, quote, asOf: null });

  it('answers "hangi maddede" with the first citation\'s article', () => {
    const q = understandQuestion('Eşitlik Anayasanın hangi maddesinde düzenlenir?');
    expect(chooseLead(q, [cite('Anayasa, Madde 10(1)', 'Herkes kanun önünde eşittir.')])).toEqual({ lead: 'Madde 10', source: 1 });
  });

  it('takes a number only from the first quote\'s passage', () => {
    const q = understandQuestion('Kaç gün izin verilir?');
    expect(chooseLead(q, [cite('A, Madde 3', 'İzin verilir.'), cite('A, Madde 7', 'on gün içinde bildirilir.')])).toBeNull();
    expect(chooseLead(q, [cite('A, Madde 3', 'İzin verilir.'), cite('A, Madde 3', 'İzin on gündür.')])).toEqual({ lead: 'on gün', source: 2 });
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
