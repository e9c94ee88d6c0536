import { PDFParse } from 'pdf-parse';
import type {
  AddedDocument,
  Assistant,
  AskOptions,
  ConversationTurn,
  DocumentSummary,
  IndexStatus,
  Passage,
  ReindexSummary,
} from '../../src/answer/assistant.js';
import { streamOfAnswer, type AnswerEvent } from '../../src/answer/answer-stream.js';
import type { Answer, Citation } from '../../src/answer/types.js';
import { IngestError } from '../../src/ingest/ingest-error.js';

export interface FakeAssistantOptions {
  /** Delay before ask() resolves (to prove the 3-second ack). */
  askDelayMs?: number;
  /** Delay of reindex() (to prove questions are answered meanwhile). */
  reindexDelayMs?: number;
  clock?: () => Date;
}

export type FakeAssistantCall =
  | { method: 'ask'; question: string; history: ConversationTurn[] }
  | { method: 'passage'; chunkId: string }
  | { method: 'reindex' }
  | { method: 'addDocument'; fileName: string; size: number }
  | { method: 'removeDocument'; id: string };

const REGULATION = {
  source: 'corpus/mevzuat/sozlesmeli-personel-esaslari.txt',
  docId: 'sozlesmeli-personel-esaslari',
  title: 'Sözleşmeli Personel Çalıştırılmasına İlişkin Esaslar',
  asOf: '2011-01',
};

const LEAVE_CITATION: Citation = {
  ...REGULATION,
  chunkId: 'sozlesmeli-personel-esaslari#41',
  locator: 'Sözleşmeli Personel Çalıştırılmasına İlişkin Esaslar, Madde 9',
  page: null,
  quote: 'bir yıldan on yıla kadar olan personele yirmi gün, on yıldan fazla  olanlara otuz gün ücretli yıllık izin verilir.',
};

const PAY_CAP_CITATION: Citation = {
  ...REGULATION,
  chunkId: 'sozlesmeli-personel-esaslari#7',
  locator: 'Sözleşmeli Personel Çalıştırılmasına İlişkin Esaslar, Madde 3(2)',
  page: null,
  quote:
    'Sözleşme ile çalıştırılacak personele ödenecek ücretlerin aylık brüt tutarı ile sağlanacak diğer parasal ve ayni menfaatlerin yıllık brüt tutarının on ikide birinin toplamı 2.884 YTL’yi([2]) geçemez.',
};

const CLOSEST_CITATION: Citation = {
  source: 'corpus/raporlar/izmir-meslek-fabrikasi-2025.txt',
  docId: 'izmir-meslek-fabrikasi-2025',
  chunkId: 'izmir-meslek-fabrikasi-2025#2',
  title: 'İzmir Büyükşehir Belediyesi Meslek Fabrikası 2025 Yılı Faaliyet Raporu (haber)',
  locator: 'İzmir Meslek Fabrikası 2025, paragraf 2',
  page: null,
  quote: 'Meslek Fabrikası 2025 yılında binlerce kursiyere ulaştı.',
  asOf: '2025',
};

const BASE_DOCUMENTS: DocumentSummary[] = [
  { id: 'sozlesmeli-personel-esaslari', source: REGULATION.source, title: REGULATION.title, kind: 'regulation', asOf: '2011-01', chunks: 58, pages: null, parts: [] },
  { id: 'kars-iskur-2021-raporu', source: 'corpus/raporlar/kars-iskur-2021-raporu.txt', title: 'Kars Çalışma ve İş Kurumu İl Müdürlüğü 2021 Yılı İşgücü Piyasası ve Faaliyet Raporu', kind: 'report', asOf: '2021', chunks: 120, pages: null, parts: [] },
  { id: 'izmir-meslek-fabrikasi-2025', source: CLOSEST_CITATION.source, title: CLOSEST_CITATION.title, kind: 'report', asOf: '2025', chunks: 6, pages: null, parts: [] },
  { id: 'erzincan-mem-2015-2019-stratejik-plan', source: 'corpus/stratejik-planlar/erzincan-mem-2015-2019-stratejik-plan.txt', title: 'Erzincan İl Millî Eğitim Müdürlüğü 2015-2019 Stratejik Planı', kind: 'strategic-plan', asOf: '2015', chunks: 210, pages: null, parts: [] },
];

interface AddedDoc {
  summary: DocumentSummary;
  pages: { num: number; text: string }[];
}

/**
 * A hand-written engine for the Slack edge's tests: records every call and answers like the real one — a
 * computed, personal leave answer (that reads "peki 12 yıl olsaydı?" against the history), a cited pay-cap
 * answer, refusals with the closest passages — and validates uploaded PDFs for real with pdf-parse
 * (encrypted, corrupt, empty, image-only, not a PDF), so an added document is answerable at once.
 */
export class FakeAssistant implements Assistant {
  readonly calls: FakeAssistantCall[] = [];
  askDelayMs: number;
  reindexDelayMs: number;
  #reindexing = false;
  #builtAt: Date;
  readonly #added: AddedDoc[] = [];
  readonly #removed = new Set<string>();
  readonly #clock: () => Date;

  constructor(options: FakeAssistantOptions = {}) {
    this.askDelayMs = options.askDelayMs ?? 0;
    this.reindexDelayMs = options.reindexDelayMs ?? 0;
    this.#clock = options.clock ?? (() => new Date());
    this.#builtAt = this.#clock();
  }

  async ask(question: string, options: AskOptions = {}): Promise<Answer> {
    const history = options.history ?? [];
    this.calls.push({ method: 'ask', question, history });
    if (this.askDelayMs > 0) await sleep(this.askDelayMs);
    const q = fold(question);
    if (q.includes('patlat')) throw new Error('motor çöktü (test)');

    const years = yearsIn(q) ?? null;
    const leaveWords = /\bizin|\bizni/;
    const aboutLeave = leaveWords.test(q) || (years !== null && history.some((t) => leaveWords.test(fold(t.question))));
    // Like the engine: personal when the asker speaks about themselves ("iznim", "hizmetim", "alabilir miyim").
    const firstPerson = /\b(benim|bana|iznim|hizmetim|maasim|ucretim|tazminatim|hakkim)\b|alabilir miyim/;
    const personal = firstPerson.test(q) || history.some((t) => firstPerson.test(fold(t.question)));
    if (aboutLeave) {
      if (years === null) {
        return answer({
          kind: 'needs-input',
          answer: 'Yıllık izni hesaplamak için hizmet sürenizi yazın, ör. "8 yıl hizmeti olan sözleşmeli personel kaç gün izin alır?"',
          personal,
        });
      }
      const days = years <= 0 ? 0 : years <= 10 ? 20 : 30;
      return answer({
        kind: 'computed',
        answer: `${years} yıl hizmeti olan sözleşmeli personele yılda ${days} gün ücretli yıllık izin verilir (Madde 9).`,
        citations: [LEAVE_CITATION],
        toolCalls: [
          {
            name: 'yillik_izin',
            input: { hizmetYili: years },
            output: {
              days,
              summary: `Yıllık izin: ${days} gün`,
              calculation: `hizmet süresi ${years} yıl → ${years <= 10 ? '1–10 yıl: 20 gün' : '10 yıldan fazla: 30 gün'}`,
            },
          },
        ],
        personal,
      });
    }
    if (q.includes('tavan') || q.includes('ucret')) {
      return answer({
        kind: 'answered',
        answer:
          'Sözleşmeli personelin aylık brüt ücreti ile diğer parasal ve ayni menfaatlerin yıllık brüt tutarının on ikide birinin toplamı 2.884 TL’yi geçemez (Ocak 2011 tutarı).',
        citations: [PAY_CAP_CITATION],
      });
    }
    const hit = this.#searchAdded(q);
    if (hit) {
      return answer({ kind: 'answered', answer: hit.quote, citations: [hit] });
    }
    return answer({
      kind: 'refused',
      answer: 'Bu sorunun yanıtı dizindeki belgelerde yok.',
      refused: true,
      closest: [CLOSEST_CITATION],
    });
  }

  /** Like the extractive engine: the final answer only, nothing streamed. */
  askStream(question: string, options: AskOptions = {}): AsyncIterable<AnswerEvent> {
    return streamOfAnswer(this.ask(question, options));
  }

  passage(chunkId: string): Passage | null {
    this.calls.push({ method: 'passage', chunkId });
    const all = [LEAVE_CITATION, PAY_CAP_CITATION, CLOSEST_CITATION];
    const citation = all.find((c) => c.chunkId === chunkId);
    if (citation) return { citation, text: `${citation.quote}\n\n(Maddenin tam metni.)` };
    for (const doc of this.#added) {
      const page = doc.pages.find((p) => `${doc.summary.id}#p${p.num}` === chunkId);
      if (page) return { citation: this.#citation(doc, page, page.text.slice(0, 200)), text: page.text };
    }
    return null;
  }

  status(): IndexStatus {
    const documents = this.documents();
    return {
      documents: documents.length,
      chunks: documents.reduce((n, d) => n + d.chunks, 0),
      builtAt: this.#builtAt.toISOString(),
      sizeBytes: 1_234_567,
      embedder: 'yerel (test)',
      reindexing: this.#reindexing,
      version: `sahte-${this.#builtAt.getTime()}`,
      problem: null,
    };
  }

  documents(): DocumentSummary[] {
    return [...BASE_DOCUMENTS, ...this.#added.map((d) => d.summary)].filter((d) => !this.#removed.has(d.id));
  }

  async reindex(): Promise<ReindexSummary> {
    this.calls.push({ method: 'reindex' });
    this.#reindexing = true;
    const started = Date.now();
    try {
      if (this.reindexDelayMs > 0) await sleep(this.reindexDelayMs);
      this.#builtAt = this.#clock();
      return { added: [], changed: [], removed: [], unchanged: this.documents().map((d) => d.source), failed: [], duplicates: [], durationMs: Date.now() - started };
    } finally {
      this.#reindexing = false;
    }
  }

  async addDocument(fileName: string, bytes: Buffer): Promise<AddedDocument> {
    this.calls.push({ method: 'addDocument', fileName, size: bytes.length });
    if (!fileName.toLocaleLowerCase('tr-TR').endsWith('.pdf')) {
      throw new IngestError('UNSUPPORTED_TYPE', fileName, `"${fileName}" desteklenmeyen bir dosya türü; yalnızca PDF eklenebilir.`);
    }
    if (bytes.length === 0) throw new IngestError('FILE_EMPTY', fileName, `"${fileName}" boş bir dosya.`);
    if (bytes.includes(Buffer.from('/Encrypt'))) {
      throw new IngestError('PDF_ENCRYPTED', fileName, `"${fileName}" parola korumalı (şifreli); metni okunamıyor.`);
    }
    let pages: { num: number; text: string }[];
    const parser = new PDFParse({ data: Buffer.from(bytes) });
    try {
      pages = (await parser.getText()).pages.map((p) => ({ num: p.num, text: p.text }));
    } catch (cause) {
      throw new IngestError('PDF_CORRUPT', fileName, `"${fileName}" bozuk bir PDF; açılamadı.`, { cause });
    } finally {
      await parser.destroy().catch(() => undefined);
    }
    if (pages.length === 0) throw new IngestError('PDF_EMPTY', fileName, `"${fileName}" hiç sayfa içermiyor.`);
    if (pages.every((p) => p.text.trim().length < 20)) {
      throw new IngestError('PDF_IMAGE_ONLY', fileName, `"${fileName}" yalnızca görüntüden oluşuyor (taranmış); içinde okunabilir metin yok.`);
    }
    const id = fileName.replace(/\.pdf$/i, '').toLocaleLowerCase('tr-TR').replace(/[^a-z0-9]+/g, '-');
    const firstLines = (pages[0]?.text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
    const title = firstLines.slice(0, 3).join(' ').slice(0, 120) || fileName;
    const summary: DocumentSummary = {
      id,
      source: `corpus/yuklenenler/${fileName}`,
      title,
      kind: 'gazette-issue',
      asOf: null,
      chunks: pages.reduce((n, p) => n + Math.max(1, Math.ceil(p.text.length / 1200)), 0),
      pages: pages.length,
      parts: [],
    };
    this.#added.push({ summary, pages });
    this.#builtAt = this.#clock();
    return { id, source: summary.source, title, pages: pages.length, chunks: summary.chunks };
  }

  async removeDocument(id: string): Promise<boolean> {
    this.calls.push({ method: 'removeDocument', id });
    if (!this.documents().some((d) => d.id === id)) return false;
    this.#removed.add(id);
    return true;
  }

  asks(): Extract<FakeAssistantCall, { method: 'ask' }>[] {
    return this.calls.filter((c): c is Extract<FakeAssistantCall, { method: 'ask' }> => c.method === 'ask');
  }

  #searchAdded(foldedQuestion: string): Citation | null {
    const words = foldedQuestion.split(/[^a-z0-9]+/).filter((w) => w.length >= 5);
    let best: { doc: AddedDoc; page: { num: number; text: string }; score: number } | null = null;
    for (const doc of this.#added) {
      if (this.#removed.has(doc.summary.id)) continue;
      for (const page of doc.pages) {
        const text = fold(page.text);
        const score = words.filter((w) => text.includes(w)).length;
        if (score >= 2 && (!best || score > best.score)) best = { doc, page, score };
      }
    }
    if (!best) return null;
    const line = best.page.text.split('\n').find((l) => words.some((w) => fold(l).includes(w))) ?? best.page.text.slice(0, 200);
    return this.#citation(best.doc, best.page, line.trim());
  }

  #citation(doc: AddedDoc, page: { num: number; text: string }, quote: string): Citation {
    return {
      source: doc.summary.source,
      docId: doc.summary.id,
      chunkId: `${doc.summary.id}#p${page.num}`,
      title: doc.summary.title,
      locator: `${doc.summary.title}, s. ${page.num}`,
      page: page.num,
      quote,
      asOf: doc.summary.asOf,
    };
  }
}

function answer(partial: Partial<Answer> & Pick<Answer, 'kind' | 'answer'>): Answer {
  return {
    refused: false,
    citations: [],
    closest: [],
    toolCalls: [],
    mode: 'extractive',
    language: 'tr',
    personal: false,
    timingsMs: { total: 5 },
    ...partial,
  };
}

/** ASCII-folded, Turkish-lowercased: enough for the fake's keyword routing. */
function fold(text: string): string {
  return text
    .toLocaleLowerCase('tr-TR')
    .replace(/ı/g, 'i')
    .replace(/ğ/g, 'g')
    .replace(/ü/g, 'u')
    .replace(/ş/g, 's')
    .replace(/ö/g, 'o')
    .replace(/ç/g, 'c')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

function yearsIn(folded: string): number | undefined {
  const m = /(\d+)\s*(?:yil|sene)/.exec(folded);
  return m ? Number(m[1]) : undefined;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
