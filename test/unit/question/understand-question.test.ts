import { describe, expect, it } from 'vitest';
import { findDocumentMentions, understandQuestion } from '../../../src/question/index.js';
import { analyseWords, indexTerms, normaliseText } from '../../../src/text/index.js';

describe('understandQuestion › normalising and analysing once', () => {
  it('drops invisible characters and folds whitespace, so a pasted question reads like a typed one', () => {
    const pasted = understandQuestion('Avukat\u00adlık  sta\u200bjı\u00a0ne kadar\nsürer?');
    expect(pasted.text).toBe('Avukatlık stajı ne kadar sürer?');
    expect(pasted.terms).toEqual(indexTerms('Avukatlık stajı ne kadar sürer?'));
    expect(normaliseText('a\u2019b')).toBe("a'b");
  });

  it('gives every word its fold, ASCII form, stem and matching key from the one analyser', () => {
    expect(analyseWords('Öğretmenlerin 2.884')).toEqual([
      { folded: 'öğretmenlerin', ascii: 'ogretmenlerin', stem: 'öğret', key: 'ogret', stop: false, number: false },
      { folded: '2.884', ascii: '2.884', stem: '2884', key: '2884', stop: false, number: true },
    ]);
  });

  it('keeps the words that only shape the question out of what it asks about', () => {
    const q = understandQuestion('Avukat olabilmek için hangi şartlar aranır, itiraz etmek gerekir mi, ücret ne kadardır?');
    expect([...q.alternatives.keys()]).toEqual(expect.arrayContaining(['avukat', 'şartlar', 'aranır', 'itiraz', 'ücret']));
    for (const form of ['olabilmek', 'gerekir', 'kadardır']) expect(q.alternatives.has(form)).toBe(false);
    // "Kimlik" is a word of its own, not an inflected "kim".
    expect(understandQuestion('Kimlik kartı kimlere verilir?').alternatives.has('kimlik')).toBe(true);
    expect(understandQuestion('Kimlik kartı kimlere verilir?').alternatives.has('kimlere')).toBe(false);
    // "varsa kaç?", "bazıları", "birkaçını sayar mısın?" ask for the answer; the passage never holds them.
    const asking = understandQuestion('Bir üst yaş sınırı var mı, varsa kaç; istisnalardan birkaçını sayar mısın, bazıları nelerdir?');
    for (const form of ['varsa', 'birkaçını', 'sayar', 'bazıları']) expect(asking.alternatives.has(form)).toBe(false);
    expect(asking.alternatives.has('istisnalardan')).toBe(true);
    expect(understandQuestion('Oy sayımı nasıl yapılır?').alternatives.has('sayımı')).toBe(true);
    // The progressive narrows "iste-" to "isti-": "istiyorum" is the same modal as "isterim".
    const story = understandQuestion('Avukat olmak istiyorum; stajımı yapacaksam bu sessizlik ne anlama gelir?');
    for (const form of ['istiyorum', 'yapacaksam', 'anlama']) expect(story.alternatives.has(form)).toBe(false);
  });

  it('finds the word whose amount is asked: the head of the noun compound before "kaç" or "ne kadar"', () => {
    expect(understandQuestion('Bir avukatın yıllık baro aidatı kaç liradır?').form.measuredWord).toBe('aidatı');
    expect(understandQuestion('Konut kiralarında yıllık kira artışı en fazla ne kadar olabilir?').form.measuredWord).toBe('artışı');
    expect(understandQuestion('Avukatlık stajının süresi (toplam) en fazla ne kadardır?').form.measuredWord).toBe('süresi');
    // A time, a place or a manner before "kaç" is not what is counted.
    expect(understandQuestion('Baro keseneği yılda kaç taksitte ödenir?').form.measuredWord).toBeNull();
    expect(understandQuestion('Kaç gün yıllık izin verilir?').form.measuredWord).toBeNull();
    expect(understandQuestion('How much is the annual fee?').form.measuredWord).toBeNull();
  });

  it('reads language, form, years and quantities', () => {
    const q = understandQuestion('2023 yılında kaç kişi on beş gün izin aldı?');
    expect(q.language).toBe('tr');
    expect(q.years).toEqual([2023]);
    expect(q.form).toMatchObject({ wantsNumber: true, countedNoun: 'kişi' });
    expect(q.quantities).toEqual([{ value: 15, unit: 'gun', text: '15 gun' }]);
    expect(understandQuestion('10.000 TL ücretle %25 indirim').quantities.map((x) => [x.value, x.unit])).toEqual([[10000, 'tl'], [25, '%']]);
    expect(understandQuestion('How many days of leave?').language).toBe('en');
    expect(understandQuestion('Hangi belgeler istenir?').form.wantsList).toBe(true);
    // A law number is not a year.
    expect(understandQuestion('2004 sayılı Kanun neyi düzenler?').years).toEqual([]);
  });

  it('finds the asking clause of a question that first tells a story, and none in a one-clause question', () => {
    const story = understandQuestion('Eğer ben internetten bir ayakkabı sipariş ettiysem ve ürün elime ulaştıktan sonra beğenmediysem, hiçbir gerekçe göstermeden sözleşmeden dönmek için kaç günüm var?');
    expect(story.askingWords).toEqual(['hiçbir', 'gerekçe', 'göstermeden', 'sözleşmeden', 'dönmek', 'günüm']);
    // The clause after the last comma is too short to stand alone: the one before it joins it.
    expect(understandQuestion('Eğer belediye zabıtası bana idari para cezası yazdıysa ve karar bir hafta önce tebliğ edildiyse, hâlâ mahkemeye başvurabilir miyim, süre ne kadar?').askingWords)
      .toEqual(['mahkemeye', 'başvurabilir', 'süre']);
    expect(understandQuestion('Avukatlık stajı ne kadar sürer?').askingWords).toBeNull();
    expect(understandQuestion('Disiplin cezaları nelerdir, kim verir?').askingWords).toBeNull();
  });

  it('reads a question about the asker\'s own pay or rights as personal, whatever letter the word opens or ends with', () => {
    expect(understandQuestion('Ücretim ne kadar olacak?').personal).toBe(true);
    expect(understandQuestion('Bu izin hakkım mı?').personal).toBe(true);
    expect(understandQuestion('Sözleşmeli personelin ücreti ne kadar?').personal).toBe(false);
  });

  it('reads a duration asked in the progressive, and lets the aorist a statute writes stand for its verb', () => {
    const parsed = understandQuestion('Avukatlık stajı ne kadar sürüyor?');
    expect(parsed.form.unit).toBe('duration');
    expect(parsed.alternatives.get('sürüyor')).toContain('sürer');
    expect(understandQuestion('Anayasa Mahkemesi kaç üyeden oluşuyor?').expansion.expansionText).toMatch(/oluşur/u);
  });

  it('reads a money question whose noun carries a Turkish ending ("maaşı", "ücreti ne kadar")', () => {
    expect(understandQuestion('Hâkimlerin aylık maaşı ne kadardır?').form.unit).toBe('money');
    expect(understandQuestion('Stajyer ücreti ne kadardır?').form).toMatchObject({ unit: 'money', asksAmount: true });
    // The final k of "ödenek" softens before a vowel: "ödeneği ne kadar" asks money too.
    expect(understandQuestion('Aile yardımı ödeneği ne kadardır?').form.unit).toBe('money');
    expect(understandQuestion('Baro aidatı ne kadar?').form.unit).toBe('money');
  });

  it('reads English number questions asked by a limit rather than "how many"', () => {
    expect(understandQuestion('What is the minimum age for marriage?').form).toMatchObject({ wantsNumber: true, unit: 'age' });
    expect(understandQuestion('What is the maximum fine for this offence?').form.wantsNumber).toBe(true);
    expect(understandQuestion('What is the time limit for filing an objection?').form).toMatchObject({ wantsNumber: true, unit: 'duration' });
    expect(understandQuestion('Who elects the president?').form).toMatchObject({ wantsNumber: false, unit: null });
  });

  it('joins an elliptical follow-up to the question before it, and only then', () => {
    const history = [{ question: 'Sözleşmeli personele kaç gün yıllık izin verilir?' }];
    expect(understandQuestion('peki hastalık izni?', history)).toMatchObject({ followUp: true, searchText: `${history[0]!.question} peki hastalık izni?` });
    expect(understandQuestion('Avukatlık stajı ne kadar sürer?', history).followUp).toBe(false);
  });

  it('marks a question about the asker’s own entitlement as personal', () => {
    expect(understandQuestion('Benim yıllık iznim kaç gün?').personal).toBe(true);
    expect(understandQuestion('Yıllık izin kaç gündür?').personal).toBe(false);
  });
});

describe('understandQuestion › documents and articles it names', () => {
  it('finds a title before a legal-instrument word, a law number, and an initialism', () => {
    expect(findDocumentMentions('Tüketicinin Korunması Hakkında Kanunun 5. maddesine göre').map((m) => m.text)).toEqual([
      'Tüketicinin Korunması Hakkında Kanunun',
    ]);
    expect(findDocumentMentions('2547 sayılı Kanunun 42. maddesi neyi düzenler?')[0]).toMatchObject({ lawNumber: '2547', kind: 'kanun' });
    expect(findDocumentMentions('avukatlık kanununa göre staj')[0]).toMatchObject({ text: 'avukatlık kanununa', formal: false });
    expect(findDocumentMentions('İş Kanununa göre')[0]).toMatchObject({ text: 'İş Kanununa', formal: true });
    expect(findDocumentMentions('KVKK kapsamında açık rıza nedir?')[0]).toMatchObject({ text: 'KVKK', kind: null });
    expect(findDocumentMentions('Anayasanın hangi maddesi eşitliği düzenler?')[0]).toMatchObject({ text: 'Anayasanın', kind: 'anayasa' });
  });

  it('names a mentioned document as its title prints it, case endings off the kind word', () => {
    const names = (q: string) => findDocumentMentions(q).map((m) => m.name);
    expect(names('Yükseköğretim Kanununa göre rektör kaç yıl için atanır?')).toEqual(['Yükseköğretim Kanunu']);
    expect(names('2547 sayılı Kanunun 42. maddesi neyi düzenler?')).toEqual(['2547 sayılı Kanun']);
    expect(names('Tüketicinin Korunması Hakkında Kanunun 5. maddesine göre')).toEqual(['Tüketicinin Korunması Hakkında Kanun']);
    expect(names('Disiplin Yönetmeliğine göre uyarma cezası')).toEqual(['Disiplin Yönetmeliği']);
    expect(names('avukatlık kanununda staj')).toEqual(['avukatlık kanunu']);
    expect(names('Anayasanın hangi maddesi eşitliği düzenler?')).toEqual(['Anayasa']);
    expect(names('Kabahatler Kanunu’na göre idari para cezası')).toEqual(['Kabahatler Kanunu']);
    expect(names('KVKK kapsamında açık rıza nedir?')).toEqual(['KVKK']);
  });

  it('takes neither the sentence-initial capital nor a bare lower-case kind word for a title', () => {
    expect(findDocumentMentions('Tacirin kanundan doğan temel yükümlülükleri nelerdir?')).toEqual([]);
    expect(findDocumentMentions('bu ücret yönetmelikle belirlenir mi?')).toEqual([]);
    expect(findDocumentMentions('Avukatlık kanununa göre staj kaç yıl?')[0]).toMatchObject({ name: 'Avukatlık kanunu', formal: false });
    expect(findDocumentMentions('Avukatlık Kanununa göre staj kaç yıl?')[0]).toMatchObject({ name: 'Avukatlık Kanunu', formal: true });
  });

  it('does not take the name of a body for a document ("Anayasa Mahkemesi" is a court, not the Constitution)', () => {
    expect(findDocumentMentions('Anayasa Mahkemesi kaç üyeden oluşur?')).toEqual([]);
    expect(findDocumentMentions('Anayasa Mahkemesinde iptal davası kimlere aittir?')).toEqual([]);
    // An article after the kind word is still the document's.
    expect(findDocumentMentions('Avukatlık Kanunu Madde 5 neyi düzenler?')[0]).toMatchObject({ text: 'Avukatlık Kanunu', kind: 'kanun' });
  });

  it('ties an article to the document named right before it', () => {
    const q = understandQuestion('2547 sayılı Kanunun 42. maddesi neyi düzenler?');
    expect(q.articles).toEqual([{ label: 'Madde 42', mention: 0, start: expect.any(Number) }]);
    expect(understandQuestion('Geçici Madde 4 ne diyor?').articles[0]).toMatchObject({ label: 'Geçici Madde 4', mention: null });
    expect(understandQuestion('What does article 7 say?').articles[0]!.label).toBe('Madde 7');
  });
});
