import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/answer/assistant.js';
import { createAssistant } from '../../src/answer/create-assistant.js';
import { createTempProject, type TempProject } from '../helpers/temp-corpus.js';

// A regulation of no real institution: a list introduced by a colon whose first item runs long (as items of
// laws do), and an article whose caption and header stand on lines of their own above its text.
const REGULATION = `ÖRNEK KURUMU ARŞİV HİZMETLERİ YÖNETMELİĞİ

Amaç
MADDE 1 – (1) Bu Yönetmeliğin amacı, Örnek Kurumu arşiv hizmetlerinin yürütülmesine ilişkin usul ve esasları belirlemektir.

Sözleşmenin feshi
MADDE 2 – (1) Kurum, arşiv hizmeti sözleşmesini aşağıdaki hallerde bildirimsiz feshedebilir:

a) (Değişik: 2/2/2021 - 2/2 md.) Yüklenicinin teslim aldığı belgeleri, kurumun yazılı izni olmaksızın, arşiv binası dışına çıkarması ve bu durumun kurum arşiv birimince tutanakla tespit edilmesi halinde, birim amirinin önerisi ve atamaya yetkili amirin onayı ile yapılan değerlendirme sonucunda sözleşmenin sürdürülmesinin kurum yararına olmadığının anlaşılması,

b) Yüklenicinin, sözleşmede öngörülen nitelikleri sonradan kaybetmesi,

c) Yüklenici hakkında verilen mahkûmiyet kararının kesinleşmesi.

(2) Fesih kararı yükleniciye yazılı olarak bildirilir.

Yalnız arşiv uzmanlarının yapabileceği işler:

Madde 3 – (Değişik: 5/5/2022 - 5/5 md.)

Belgelerin ayıklanması, imha komisyonuna sunulması ve saklama sürelerinin belirlenmesi yalnız kadrolu arşiv uzmanlarına aittir.

Staj
MADDE 5 – (1) Arşiv stajı bir yıldır.

(2) Stajın ilk altı ayı arşiv biriminde, kalan altı ayı ise staj süresince belirlenen süreler gözetilerek kurum kütüphanesinde geçirilir.

Üyeliğin sona ermesi
MADDE 6 – Okuyucunun;

a) Ödünç aldığı kitabı üç kez süresinde iade etmemesi,

b) Okuma salonu kurallarına aykırı davranması,

hallerinden birinin gerçekleşmesi halinde okuyucu kartı müdürlükçe iptal edilir.

Yürürlük
MADDE 4 – (1) Bu Yönetmelik yayımı tarihinde yürürlüğe girer.
`;

describe('answerQuestion › lists past their colon, and captions above their article', () => {
  let project: TempProject;
  let assistant: Assistant;
  beforeAll(async () => {
    project = await createTempProject(['none']);
    await fs.writeFile(path.join(project.corpusDir, 'arsiv-yonetmeligi.txt'), REGULATION);
    assistant = await createAssistant({ config: project.config, repoRoot: project.root });
  });
  afterAll(async () => project.cleanup());

  it('quotes a list whole, long first item included, and names every item in the answer line', async () => {
    const answer = await assistant.ask('Kurum arşiv hizmeti sözleşmesini hangi hallerde bildirimsiz feshedebilir?');
    const quote = answer.citations[0]!.quote;
    expect(quote).toMatch(/^(?:\(1\) )?Kurum, arşiv hizmeti sözleşmesini aşağıdaki hallerde bildirimsiz feshedebilir:/u);
    expect(quote).toMatch(/c\) Yüklenici hakkında verilen mahkûmiyet kararının kesinleşmesi\.$/u);
    expect(answer.lead).toMatch(/^Yüklenicinin teslim aldığı belgeleri.*…; Yüklenicinin, sözleşmede öngörülen nitelikleri sonradan kaybetmesi; Yüklenici hakkında/u);
    expect(answer.lead).not.toMatch(/Değişik/u);
  });

  it('does not stop at the colon when the question is not a "which ones" question', async () => {
    const answer = await assistant.ask('Kurum arşiv hizmeti sözleşmesini bildirimsiz feshedebilir mi?');
    expect(answer.citations[0]!.quote).toMatch(/feshedebilir:\s+a\) .*b\) .*c\) /su);
  });

  it('quotes the list a sentence finishes when the sentence starts after it ("… hallerinden birinin …")', async () => {
    const answer = await assistant.ask('Okuyucu kartı hangi hallerde iptal edilir?');
    const quote = answer.citations[0]!.quote;
    expect(quote).toMatch(/^Okuyucunun;\s+a\) Ödünç aldığı kitabı/u);
    expect(quote).toMatch(/okuyucu kartı müdürlükçe iptal edilir\.$/u);
  });

  it('answers "ne kadar sürer?" with the sentence stating the duration, not one holding the word "süre"', async () => {
    const answer = await assistant.ask('Arşiv stajı ne kadar sürer?');
    expect(answer.citations[0]!.quote).toMatch(/Arşiv stajı bir yıldır\.$/u);
    expect(answer.lead).toBe('bir yıl');
  });

  it('quotes a caption with the article text it names, not the header alone', async () => {
    const answer = await assistant.ask('Yalnız arşiv uzmanlarının yapabileceği işler nelerdir?');
    const quote = answer.citations[0]!.quote;
    expect(quote).toMatch(/^Yalnız arşiv uzmanlarının yapabileceği işler:/u);
    expect(quote).toMatch(/saklama sürelerinin belirlenmesi yalnız kadrolu arşiv uzmanlarına aittir\.$/u);
  });
});
