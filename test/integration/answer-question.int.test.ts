import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/answer/assistant.js';
import { createAssistant } from '../../src/answer/create-assistant.js';
import { runChat } from '../../src/cli/run-chat.js';
import { createTempProject, type TempProject } from '../helpers/temp-corpus.js';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u;
const PHONE = /\b446 ?2142073\b|\(312\) 413/;

describe('answerQuestion › over the shipped corpus', () => {
  let project: TempProject;
  let assistant: Assistant;
  beforeAll(async () => {
    project = await createTempProject();
    assistant = await createAssistant({ config: project.config, repoRoot: project.root, clock: () => new Date('2026-11-23T09:00:00Z') });
  });
  afterAll(async () => project.cleanup());

  it('every citation quote is verbatim in its source document', async () => {
    const questions = [
      'Sözleşmeli personele kaç gün yıllık izin verilir?',
      'Bir okul bünyesinde birden fazla sektörel mükemmeliyet merkezi kurulabilir mi?',
      'Meslek Fabrikası 2025 yılında kaç kurs açtı?',
      'Erzincan stratejik planında 1.1.1 göstergesinin 2019 hedefi nedir?',
    ];
    for (const q of questions) {
      const answer = await assistant.ask(q);
      expect(answer.refused, q).toBe(false);
      expect(answer.citations.length, q).toBeGreaterThan(0);
      for (const c of answer.citations) {
        const passage = assistant.passage(c.chunkId);
        expect(passage, q).not.toBeNull();
        expect(passage!.text.replace(/\s+/g, ' ')).toContain(c.quote.replace(/\s+/g, ' '));
      }
    }
  });

  it('quotes the article that answers, not one that shares words through a synonym phrase', async () => {
    // "yıllık izin" has the phrase synonym "ücretli yıllık izin": its words must not stand in for "yıllık" alone.
    const answer = await assistant.ask('Sözleşmeli personele kaç gün yıllık izin verilir?');
    expect(answer.citations[0]!.locator).toMatch(/Madde 9/);
    expect(answer.citations[0]!.quote).toMatch(/yirmi gün, on yıldan fazla olanlara otuz gün/);
  });

  it('answers "what is X" from the passage printed under the heading X, not from passages that mention X', async () => {
    const answer = await assistant.ask('Erzincan İl Milli Eğitim Müdürlüğünün vizyonu nedir?');
    expect(answer.citations[0]!.locator).toMatch(/, VİZYON$/u);
    expect(answer.citations[0]!.quote).toMatch(/örnek ve öncü olabilecek nitelikte bir kurum/u);
  });

  it('finds a position\'s row in a cetvel rather than the article that mentions the cetvel', async () => {
    const answer = await assistant.ask('Sözleşmeli pilot pozisyonu için hangi asgari nitelik aranır?');
    expect(answer.citations[0]!.locator).toBe('Sözleşmeli Personel Çalıştırılmasına İlişkin Esaslar, 4 SAYILI CETVEL, PİLOT');
    expect(answer.answer).toMatch(/Pilot lisansına sahip olmak/u);
  });

  it('answers a "which ones" question with the list its best sentence introduces', async () => {
    const answer = await assistant.ask('Sınav şartı aranmaksızın hizmete alınacak pozisyon unvanları nelerdir?');
    const quote = answer.citations[0]!.quote.replace(/\s+/g, ' ');
    expect(quote).toMatch(/^SINAV ŞARTI ARANMAKSIZIN HİZMETE ALINACAK SÖZLEŞMELİ PERSONEL POZİSYON UNVANLARI AVUKAT/u);
    expect(quote).toMatch(/ECZACI GEMİ ADAMI KAPTAN PİLOT TABİP/u);
  });

  it('steers "Madde 4" to the directive the question names', async () => {
    const a = await assistant.ask('Sektörel Mükemmeliyet Merkezleri Yönergesi Madde 4 ne diyor?');
    expect(a.citations[0]!.locator).toMatch(/^Sektörel Mükemmeliyet Merkezleri Yönergesi, Madde 4/);
    const b = await assistant.ask('Bölge okulu, ihtisas, sektör içi ve sektöre entegre okullar yönergesinin 4. maddesi ne diyor?');
    expect(b.citations[0]!.locator).toMatch(/^Bölge Okulu.*Madde 4/);
  });

  it('takes the initialism of an indexed title as a name it knows, though no passage prints it', async () => {
    // "SPÇ" is the initialism of the Esaslar's title; it was refused as an unknown proper noun.
    const answer = await assistant.ask("Sözleşmeli personele SPÇ'ye göre kaç gün yıllık izin verilir?");
    expect(answer.refused).toBe(false);
    expect(answer.citations[0]!.locator).toMatch(/Madde 9/u);
  });

  it('refuses what the documents do not hold, showing the closest passages', async () => {
    for (const q of ['2026 yılı memur maaş katsayısı kaçtır?', 'İstanbul Büyükşehir Belediyesinin 2026 bütçesi ne kadar?']) {
      const answer = await assistant.ask(q);
      expect(answer.refused, q).toBe(true);
      expect(answer.kind).toBe('refused');
      expect(answer.citations).toEqual([]);
      expect(answer.closest.length, q).toBeGreaterThan(0);
      expect(answer.answer).toMatch(/belgeler bu soruyu yanıtlamıyor/);
    }
  });

  it('refuses a question about a place none of the passages it would cite is about', async () => {
    // The strategic plan counts one province's primary schools; "İstanbul’daki" asks about another.
    expect((await assistant.ask('İstanbul’daki ilkokul sayısı kaçtır?')).refused).toBe(true);
    // The province the plan is about, marked the same way, is answered.
    const province = (await assistant.ask('Erzincan’daki ilkokul sayısı kaçtır?'));
    expect(province.refused).toBe(false);
  });

  it('never shows the staff e-mail addresses and phone numbers of the strategic plan', async () => {
    for (const q of ['Erzincan stratejik plan üst kurulu üyeleri kimlerdir?', 'Aziz GÜN telefon e-mail adresi']) {
      const answer = await assistant.ask(q);
      const shown = [answer.answer, ...answer.citations.map((c) => c.quote), ...answer.closest.map((c) => c.quote)].join('\n');
      expect(shown, q).not.toMatch(EMAIL);
      expect(shown, q).not.toMatch(PHONE);
      for (const c of [...answer.citations, ...answer.closest]) {
        const passage = assistant.passage(c.chunkId)!;
        expect(passage.text).not.toMatch(EMAIL);
      }
    }
  });

  it('says how current an amount is', async () => {
    const answer = await assistant.ask('Sözleşmeli personelin aylık ücret tavanı ne kadardır?');
    expect(answer.answer).toMatch(/2\.884/);
    expect(answer.answer).toMatch(/Ocak 2011/);
  });

  it('answers English questions from Turkish passages, framed in English', async () => {
    const answer = await assistant.ask('What does the regulation say about side jobs of contract staff outside work?');
    expect(answer.language).toBe('en');
    expect(answer.answer).toMatch(/^According to .*Madde 8/m);
    expect(answer.answer).toMatch(/kazanç getirici başka bir iş yapamaz/);
    const computed = await assistant.ask('How many days of paid sick leave per year can contract staff take?');
    expect(computed.answer).toMatch(/^Result of the leave calculation/);
    expect(computed.answer).toMatch(/30 gün/);
    // An English question names the directive through the Turkish words of its title.
    const named = await assistant.ask('Under the Sectoral Centres of Excellence directive, what is the maximum number of teachers assigned to one centre?');
    expect(named.citations[0]!.quote).toMatch(/öğretmen sayısı hiçbir şekilde beşi geçemez/u);
  });

  it('computes with a tool, cites the legal basis and reads follow-ups against the thread', async () => {
    const first = await assistant.ask('8 yıllık hizmeti olan sözleşmeli personel kaç gün yıllık izin alır?');
    expect(first.kind).toBe('computed');
    expect(first.personal).toBe(true);
    expect(first.toolCalls[0]).toMatchObject({ name: 'leave' });
    expect(first.answer).toMatch(/20 gün/);
    expect(first.citations[0]!.locator).toMatch(/Madde 9/);
    const followUp = await assistant.ask('peki 12 yıl olsaydı?', { history: [{ question: '8 yıllık hizmeti olan sözleşmeli personel kaç gün yıllık izin alır?' }] });
    expect(followUp.answer).toMatch(/30 gün/);
  });

  it('answers empty and over-long questions with a clear Turkish message', async () => {
    expect((await assistant.ask('   ')).answer).toMatch(/Soru boş/);
    const long = await assistant.ask('izin '.repeat(2_000));
    expect(long.kind).toBe('needs-input');
    expect(long.answer).toMatch(/Soru çok uzun/);
  });

  it('the terminal chat answers, shows a cited passage in full and quits on "çıkış"', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (d) => (printed += d));
    const done = runChat(assistant, input, output);
    input.write('Sözleşmeli personele hastalık izni kaç gün verilir?\n');
    input.write('göster 1\n');
    input.write('çıkış\n');
    await done;
    expect(printed).toMatch(/Kaynaklar:/);
    expect(printed).toMatch(/Resmi tabip raporu ile kanıtlanan hastalıklar/);
    expect(printed).toMatch(/Görüşmek üzere/);
  });
});
