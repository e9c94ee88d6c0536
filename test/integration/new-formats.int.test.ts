import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/answer/assistant.js';
import { createAssistant } from '../../src/answer/create-assistant.js';
import { loadConfig } from '../../src/config/index.js';
import { makeDocx } from '../helpers/make-docx.js';

/**
 * An admin drops a Word circular, a saved regulation page and two revisions of one directive into the
 * corpus: each is indexed and cited like any other document, the newest revision answers, the older one
 * only when the question asks for it — with its date in the locator.
 */
describe('new formats and revisions › indexed and cited', () => {
  let root: string;
  let assistant: Assistant;

  beforeAll(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'kurum-formats-'));
    const corpus = path.join(root, 'corpus');
    await fs.mkdir(corpus, { recursive: true });
    await fs.writeFile(
      path.join(corpus, 'uzaktan-calisma-genelgesi.docx'),
      await makeDocx([
        'T.C.',
        'ÖRNEK BAKANLIĞI',
        'UZAKTAN ÇALIŞMA GENELGESİ',
        '2025/3',
        'Personelimizin uzaktan çalışması aşağıdaki esaslara göre yürütülecektir.',
        '1. Uzaktan çalışma haftada en fazla iki gün olarak uygulanır ve birim amirinin onayıyla başlar.',
        '2. Uzaktan çalışan personel mesai saatleri içinde telefonla ulaşılabilir olmak zorundadır.',
        'Tarih: 10.02.2025',
      ]),
    );
    await fs.writeFile(
      path.join(corpus, 'kutuphane-yonergesi.html'),
      `<!doctype html><html><head><meta charset="utf-8"><title>Yönerge</title><script>var a=1;</script></head><body>
        <nav><a>Ana Sayfa</a><a>Mevzuat</a><a>İletişim</a></nav>
        <main><h1>ÖRNEK ÜNİVERSİTESİ KÜTÜPHANE YÖNERGESİ</h1>
        <p>Amaç</p><p>MADDE 1 – (1) Bu Yönergenin amacı kütüphane hizmetlerini düzenlemektir.</p>
        <p>Ödünç verme</p><p>MADDE 2 – (1) Öğrencilere bir seferde en çok beş kitap on beş gün süreyle ödünç verilir.</p>
        <p>Yürürlük</p><p>MADDE 3 – (1) Bu Yönerge Senatonun 20.09.2022 tarihli kararıyla yürürlüğe girer.</p></main>
        <footer>© Örnek Üniversitesi. Tüm hakları saklıdır.</footer></body></html>`,
    );
    const revision = (date: string, days: string) =>
      `ÖRNEK ÜNİVERSİTESİ SINAV YÖNERGESİ\n\nAmaç\nMADDE 1 – (1) Bu Yönergenin amacı sınavları düzenlemektir.\nMazeret sınavı\nMADDE 2 – (1) Mazeret sınavına başvuru süresi ${days} gündür.\nYürürlük\nMADDE 3 – (1) Bu Yönerge Senatonun ${date} tarihli kararı ile yürürlüğe girer.\n`;
    await fs.writeFile(path.join(corpus, 'sinav-yonergesi-eski.txt'), revision('12.03.2019', 'üç'));
    await fs.writeFile(path.join(corpus, 'sinav-yonergesi.txt'), revision('04.05.2023', 'beş'));
    assistant = await createAssistant({ config: loadConfig({ CORPUS_DIR: 'corpus', DATA_DIR: 'data' }), repoRoot: root });
  }, 240_000);
  afterAll(() => fs.rm(root, { recursive: true, force: true }));

  it('indexes the .docx and the .html with titles inferred from their own headings', () => {
    const byId = Object.fromEntries(assistant.documents().map((d) => [d.id, d]));
    expect(byId['uzaktan-calisma-genelgesi']).toMatchObject({ title: 'Uzaktan Çalışma Genelgesi', kind: 'circular', asOf: '2025-02-10' });
    expect(byId['kutuphane-yonergesi']).toMatchObject({ title: 'Örnek Üniversitesi Kütüphane Yönergesi', kind: 'directive', asOf: '2022-09-20' });
  });

  it('cites the Word circular verbatim', async () => {
    const answer = await assistant.ask('Uzaktan çalışma haftada en fazla kaç gün uygulanır?');
    expect(answer.refused).toBe(false);
    expect(answer.citations[0]!.source).toBe('corpus/uzaktan-calisma-genelgesi.docx');
    expect(answer.citations[0]!.quote).toMatch(/haftada en fazla iki gün/u);
  });

  it('cites the saved web page by article, without the site around it', async () => {
    const answer = await assistant.ask('Kütüphaneden bir seferde kaç kitap ödünç alınabilir?');
    expect(answer.refused).toBe(false);
    const citation = answer.citations[0]!;
    expect(citation.source).toBe('corpus/kutuphane-yonergesi.html');
    expect(citation.locator).toBe('Örnek Üniversitesi Kütüphane Yönergesi, Madde 2');
    expect(citation.quote).toMatch(/en çok beş kitap/u);
    const passage = assistant.passage(citation.chunkId)!;
    expect(passage.text).not.toMatch(/Ana Sayfa|Tüm hakları|var a=1/u);
  });

  it('answers from the newest revision by default, naming its date', async () => {
    const answer = await assistant.ask('Mazeret sınavına başvuru süresi kaç gündür?');
    expect(answer.refused).toBe(false);
    expect(answer.citations.every((c) => c.source === 'corpus/sinav-yonergesi.txt')).toBe(true);
    expect(answer.citations[0]!.quote).toMatch(/beş gündür/u);
    expect(answer.citations[0]!.locator).toBe('Örnek Üniversitesi Sınav Yönergesi (04.05.2023), Madde 2');
  });

  it('cites the older revision when the question asks for the earlier text', async () => {
    const answer = await assistant.ask('Eski sınav yönergesinde (2019) mazeret sınavına başvuru süresi kaç gündü?');
    expect(answer.citations.some((c) => c.source === 'corpus/sinav-yonergesi-eski.txt' && /üç gündür/u.test(c.quote))).toBe(true);
    const old = answer.citations.find((c) => c.source === 'corpus/sinav-yonergesi-eski.txt')!;
    expect(old.locator).toBe('Örnek Üniversitesi Sınav Yönergesi (12.03.2019), Madde 2');
  });

  it('refuses an upload of a type no loader reads, naming the accepted types', async () => {
    await expect(assistant.addDocument('sunum.pptx', Buffer.from('PK\u0003\u0004'))).rejects.toThrow(
      /desteklenmeyen bir dosya türü; eklenebilen türler: \.pdf, \.txt, \.md, \.docx, \.html, \.htm/u,
    );
  });
});
