import { describe, expect, it } from 'vitest';
import { inferAsOf, inferKind, inferMetadata, inferTitle } from '../../../src/ingest/index.js';

const NOW = new Date('2026-06-01T00:00:00Z');
// Real texts name their institution again in the body ("Bu Yönetmelik Örnek Üniversitesi …"): title words recur.
const articles = (n: number) =>
  Array.from({ length: n }, (_, i) => `Madde ${i + 1} – Bu maddenin metni ${i + 1}, Örnek Üniversitesi birimlerinde uygulanır.`).join('\n');

describe('inferTitle › the heading lines, not what sits around them', () => {
  it.each([
    ['a decision line and OCR noise first', "RİVER\nSX Eş '9 Senato Karar No: 2019/12\nÖRNEK ÜNİVERSİTESİ BURS YÖNERGESİ\n" + articles(2), 'Örnek Üniversitesi Burs Yönergesi'],
    ['a converter header and a page header', 'Dönüştürülen Metin: 1644309301\nSayfa 1 / 6\nÖrnek Üniversitesi Kütüphane Yönergesi\n' + articles(2), 'Örnek Üniversitesi Kütüphane Yönergesi'],
    ['a gazette masthead, the genre label and the issuer', '8 Temmuz 2024 PAZARTESİ Resmî Gazete Sayı : 32596\nYÖNETMELİK\nÖrnek Üniversitesinden:\nÖRNEK ÜNİVERSİTESİ SÜREKLİ EĞİTİM MERKEZİ\nYÖNETMELİĞİ\n' + articles(2), 'Örnek Üniversitesi Sürekli Eğitim Merkezi Yönetmeliği'],
    ['the institution alone on the first line', 'ÖRNEK ÜNİVERSİTESİ\n\nLİSANSÜSTÜ EĞİTİM VE ÖĞRETİM YÖNETMELİĞİ\n' + articles(2), 'Örnek Üniversitesi Lisansüstü Eğitim ve Öğretim Yönetmeliği'],
    ['a letterhead above a full title', 'T.C.\nÖRNEK ÜNİVERSİTESİ REKTÖRLÜĞÜ\nÖRNEK ÜNİVERSİTESİ STAJ YÖNERGESİ\n' + articles(2), 'Örnek Üniversitesi Staj Yönergesi'],
    ['a title cut after "ve"', 'Personel Görevlendirme ve\nYetkilendirme Usul ve Esasları\n' + articles(2), 'Personel Görevlendirme ve Yetkilendirme Usul ve Esasları'],
    ['"… Usul ve Esaslar" broken before "Hakkında Yönerge"', 'Bölge Okullarına İlişkin Usul ve Esaslar\nHakkında Yönerge\n' + articles(2), 'Bölge Okullarına İlişkin Usul ve Esaslar Hakkında Yönerge'],
    ['a footnote mark and an as-of note', 'Sözleşmeli Personel Esasları([1]) (Ocak 2011 itibariyle güncellenmiş hali)\n' + articles(2), 'Sözleşmeli Personel Esasları'],
    ['a law with its number line', 'TÜKETİCİNİN KORUNMASI HAKKINDA KANUN\n\nKanun Numarası : 6502\n\n' + articles(2), 'Tüketicinin Korunması Hakkında Kanun'],
    ['an acronym the body writes in capitals', 'ÖRNEK ÜNİVERSİTESİ TÜBİTAK PROJELERİ YÖNERGESİ\n' + articles(2) + '\nProjeler TÜBİTAK tarafından desteklenir.', 'Örnek Üniversitesi TÜBİTAK Projeleri Yönergesi'],
  ])('%s', (_trap, text, title) => expect(inferTitle(text, 'dosya')).toBe(title));

  it('never takes a sentence about the document, a table of contents entry or a section word', () => {
    const text = 'GİRİŞ\n\nBu Yönetmeliğin amacı öğrencilerin kayıt işlemlerini düzenlemektir.\n\n' + articles(2);
    expect(inferTitle(text, 'kayit-yonetmeligi')).toBe('Kayit Yonetmeligi');
  });

  it('says when the title had to come from the file name', () => {
    expect(inferMetadata('GİRİŞ\n\n123 456 789\n', 'raporlar/ilçe-özeti.txt').warnings).toContain('başlık metinden çıkarılamadı; dosya adı kullanıldı');
    expect(inferMetadata('GİRİŞ\n\n123 456 789\n', 'raporlar/ilçe-özeti.txt').title).toBe('İlçe Özeti');
  });
});

describe('inferKind › from the genre the title names', () => {
  it.each([
    ['Avukatlık Kanunu', 'law'],
    ['Türkiye Cumhuriyeti Anayasası', 'law'],
    ['Örnek Üniversitesi Önlisans Yönetmeliği', 'regulation'],
    ['Kamu İhale Tebliği', 'regulation'],
    ['Staj Yönergesi', 'directive'],
    ['Burs Usul ve Esasları', 'directive'],
    ['Okul Güvenliği Genelgesi', 'circular'],
    ['2024-2028 Stratejik Planı', 'strategic-plan'],
    ['2023 Yılı Faaliyet Raporu', 'report'],
  ])('%s → %s', (title, kind) => {
    expect(inferMetadata(`${title.toLocaleUpperCase('tr-TR')}\n\n${articles(3)}`, 'x.txt').kind).toBe(kind);
  });

  it('reads "Esaslar" of the Council of Ministers as a regulation, and an untitled text with articles as one', () => {
    expect(inferMetadata(`Sözleşmeli Personel Esasları\nBakanlar Kurulu Kararının;\n${articles(3)}`, 'x.txt').kind).toBe('regulation');
    expect(inferKind(`Başlıksız metin\n${articles(3)}`)).toBe('regulation');
    expect(inferKind('Kısa bir haber metni.')).toBe('report');
  });
});

describe('inferAsOf › the latest date the document gives itself', () => {
  it('takes the latest amendment note, not the acceptance date', () => {
    const text = `Kabul Tarihi : 19/3/1969\nMadde 1 – (Değişik: 2/5/2001 - 4667/1 md.) Metin.\nMadde 2 – (Başlığı ile Birlikte Değişik:24/12/2025-7571/5 md.) Metin.\nMadde 3 – (2/7/2018-KHK-703/20 md.) Metin.`;
    expect(inferAsOf(text, NOW)).toBe('2025-12-24');
  });

  it('reads a note that opens with a Turkish capital ("(İptal fıkra: …)"), which an ASCII \\b missed', () => {
    const text = `Kabul Tarihi : 19/3/1969\nMadde 1 – (Değişik: 2/5/2001 - 4667/1 md.) Metin.\nMadde 2 – (İptal fıkra: Anayasa Mahkemesinin 18/1/2024 tarihli kararı ile.) Metin.`;
    expect(inferAsOf(text, NOW)).toBe('2024-01-18');
  });

  it('counts footnotes that record a change, not the date from which it applies', () => {
    const text = `Madde 1 – Metin.[1]\n\n[1] 23/12/2025 tarihli ve 33116 sayılı Resmî Gazete’de yayımlanan Tebliğ ile 1/1/2026 tarihinden itibaren uygulanacak tutarlar değiştirilmiştir.`;
    expect(inferAsOf(text, NOW)).toBe('2025-12-23');
  });

  it('ignores dates that cite another act or set a deadline', () => {
    const text = `ÖRNEK YÖNERGE\nMadde 1 – 14/7/1965 tarihli ve 657 sayılı Devlet Memurları Kanunu uygulanır.\nMadde 2 – Başvurular 31/12/2024 tarihine kadar yapılır.\nMadde 3 – Bu Yönerge Senatonun 12.03.2019 tarih ve 2019/5 sayılı kararı ile yürürlüğe girer.`;
    expect(inferAsOf(text, NOW)).toBe('2019-03-12');
  });

  it('prefers an explicit as-of note, and a gazette masthead gives the publication date', () => {
    expect(inferAsOf('Esaslar (Ocak 2011 itibariyle güncellenmiş hali)\nMadde 1 – (Değişik:22/11/2010 tarihli BKK) Metin.', NOW)).toBe('2011-01');
    expect(inferAsOf('8 Temmuz 2024 PAZARTESİ Resmî Gazete Sayı : 32596\nYÖNETMELİK\nMadde 1 – Metin.', NOW)).toBe('2024-07-08');
  });

  it('never takes a date after today, and falls back to the title year', () => {
    expect(inferAsOf('Madde 1 – (Değişik: 1/1/2031 - 9999/1 md.) Metin.', NOW)).toBeNull();
    expect(inferAsOf('Metin.', NOW, 'Okul 2024-2028 Stratejik Planı')).toBe('2024');
    expect(inferAsOf('Metin.', NOW, '2023 Yılı Faaliyet Raporu')).toBe('2023');
  });
});
