import { describe, expect, it } from 'vitest';
import {
  ACCEPTED_EXTENSIONS,
  DOCUMENT_LOADERS,
  describeAcceptedTypes,
  findLoader,
  unsupportedTypeReason,
} from '../../../src/ingest/index.js';
import { htmlToDocumentText } from '../../../src/ingest/loaders/html-loader.js';
import { encodeWindows1254 } from '../../helpers/encode-windows-1254.js';
import { makeDocx } from '../../helpers/make-docx.js';
import { makeTestPdf } from './make-test-pdf.js';

describe('findLoader › one list answers every "which types?" question', () => {
  it.each([
    ['genelge.PDF', 'PDF'],
    ['notlar.txt', 'metin (.txt, .md)'],
    ['OKU.md', 'metin (.txt, .md)'],
    ['yonerge.docx', 'Word (.docx)'],
    ['kayitli-sayfa.html', 'web sayfası (.html, .htm)'],
    ['kayitli-sayfa.htm', 'web sayfası (.html, .htm)'],
  ])('%s → %s', (name, label) => {
    expect(findLoader(name)?.label).toBe(label);
  });

  it('falls back to the MIME type, then to Slack\'s file type, when the name has no known extension', () => {
    expect(findLoader({ name: 'dosya', mimeType: 'application/pdf' })?.label).toBe('PDF');
    expect(findLoader({ name: 'dosya', mimeType: 'text/html; charset=utf-8' })?.label).toBe('web sayfası (.html, .htm)');
    expect(findLoader({ name: 'dosya', slackFileType: 'docx' })?.label).toBe('Word (.docx)');
    expect(findLoader({ name: 'sunum.pptx', mimeType: 'application/vnd.ms-powerpoint' })).toBeNull();
  });

  it('names the accepted types, from the list itself, in every refusal', () => {
    expect(ACCEPTED_EXTENSIONS).toEqual(DOCUMENT_LOADERS.flatMap((l) => l.extensions));
    expect(describeAcceptedTypes()).toBe('.pdf, .txt, .md, .docx, .html, .htm');
    expect(unsupportedTypeReason('eski.doc')).toMatch(/^desteklenmeyen dosya türü \.doc — eski Word biçimi .*okunan türler: \.pdf, \.txt/u);
    expect(unsupportedTypeReason('tarama.JPG')).toMatch(/görüntü dosyası; metni yok, önce OCR/u);
    expect(unsupportedTypeReason('BENİOKU')).toMatch(/\(uzantısız\)/u);
  });

  it('sniffs PDF and ZIP signatures so a mislabelled file is read as what it is', async () => {
    const pdf = findLoader('x.pdf')!;
    const docx = findLoader('x.docx')!;
    expect(pdf.sniff!(await makeTestPdf({ pages: ['Bir'] }))).toBe(true);
    expect(pdf.sniff!(Buffer.from('düz metin'))).toBe(false);
    expect(docx.sniff!(await makeDocx(['Bir']))).toBe(true);
  });
});

describe('docx loader (mammoth)', () => {
  it('reads the paragraphs of a real Word document, Turkish letters intact', async () => {
    const bytes = await makeDocx(['PERSONEL İZİN GENELGESİ', 'Madde 1 – Çalışanlar yıllık izinlerini ağustos ayında kullanır.']);
    const loaded = await findLoader('genelge.docx')!.load(bytes, 'corpus/genelge.docx');
    expect(loaded.pages).toBeNull();
    expect(loaded.text).toContain('PERSONEL İZİN GENELGESİ');
    expect(loaded.text).toContain('Madde 1 – Çalışanlar yıllık izinlerini ağustos ayında kullanır.');
  });
});

describe('htmlToDocumentText › saved regulation pages', () => {
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>Mevzuat</title>
    <style>.x{color:red}</style><script>window.track = 1;</script></head><body>
    <header><a href="/">Ana Sayfa</a> | <a href="/mevzuat">Mevzuat</a></header>
    <nav><ul><li><a>Duyurular</a></li><li><a>İletişim</a></li></ul></nav>
    <div class="cookie-banner">Bu site çerez kullanır. <button>Kabul et</button></div>
    <main><h1>ÖRNEK ÜNİVERSİTESİ KÜTÜPHANE YÖNERGESİ</h1>
      <p><b>Amaç</b></p><p><b>MADDE 1 –</b> (1) Bu Yönergenin amacı kütüphane hizmetlerini düzenlemektir.</p>
      <table><tr><td>Hizmet</td><td>Süre</td></tr><tr><td>Ödünç</td><td>15 gün</td></tr></table>
    </main>
    <aside>Son eklenenler: Yemekhane duyurusu</aside>
    <footer>© 2024 Örnek Üniversitesi — Tüm hakları saklıdır. <form><input name="q"></form></footer>
    </body></html>`;

  it('keeps the document and drops the site around it', () => {
    const text = htmlToDocumentText(page);
    expect(text).toContain('ÖRNEK ÜNİVERSİTESİ KÜTÜPHANE YÖNERGESİ');
    expect(text).toContain('MADDE 1 – (1) Bu Yönergenin amacı kütüphane hizmetlerini düzenlemektir.');
    expect(text).toMatch(/Ödünç\s+15 gün/u);
    for (const chrome of ['Ana Sayfa', 'Duyurular', 'çerez', 'Son eklenenler', 'Tüm hakları', 'window.track', 'color:red']) {
      expect(text).not.toContain(chrome);
    }
  });

  it('without a marked content element keeps the whole body, still without scripts and navigation', () => {
    const text = htmlToDocumentText('<html><body><nav>Menü</nav><p>Madde 1 – Metin.</p><script>x()</script></body></html>');
    expect(text.trim()).toBe('Madde 1 – Metin.');
  });

  it('decodes a page saved in the Turkish Windows code page', async () => {
    const html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1254"></head><body><p>Öğrenci işleri şube müdürlüğü</p></body></html>';
    const bytes = encodeWindows1254(html);
    const loaded = await findLoader('sayfa.htm')!.load(bytes, 'corpus/sayfa.htm');
    expect(loaded.text).toContain('Öğrenci işleri şube müdürlüğü');
  });
});
