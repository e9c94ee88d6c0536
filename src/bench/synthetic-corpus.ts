import fs from 'node:fs/promises';
import path from 'node:path';
import type { Chunk, SourceDocument } from '../ingest/types.js';
import { paraphraseQuestions, type SyntheticQuery } from './paraphrase-questions.js';

export type { SyntheticQuery } from './paraphrase-questions.js';

/**
 * mulberry32 (Tommy Ettinger): a 32-bit seeded PRNG, tiny and good enough for test data. Math.random
 * cannot be seeded, and the benchmark must build the same corpus on every run.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORD = /[\p{L}\p{M}]+/gu;

/**
 * Words of the given texts ranked by frequency (most frequent first; ties in code-unit order, so the
 * ranking never depends on the locale or on file order). Words are kept in their lower-case surface
 * form: the generator recombines real Turkish inflections, not stems.
 */
export function rankVocabulary(texts: readonly string[], minLength = 2): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const match of text.matchAll(WORD)) {
      const word = match[0].toLocaleLowerCase('tr-TR');
      if (word.length < minLength) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([word]) => word);
}

/** The ranked vocabulary of the shipped plain-text corpus files (PDFs are left out: parsing them is slow). */
export async function readCorpusVocabulary(corpusDir: string): Promise<string[]> {
  const entries = await fs.readdir(corpusDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && /\.(txt|md)$/i.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  const texts = await Promise.all(files.map((f) => fs.readFile(f, 'utf8')));
  return rankVocabulary(texts);
}

/**
 * Draws vocabulary ranks with probability ∝ 1 / (rank + 1)^s: a few words everywhere, a long tail
 * of rare ones, as in real text (Zipf's law). Inverse-CDF by binary search over the cumulative weights.
 */
export function createZipfSampler(size: number, random: () => number, exponent = 1.05): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let r = 0; r < size; r++) {
    total += 1 / Math.pow(r + 1, exponent);
    cumulative[r] = total;
  }
  return () => {
    const target = random() * total;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export interface SyntheticCorpus {
  documents: SourceDocument[];
  chunks: Chunk[];
  queries: SyntheticQuery[];
}

export interface SyntheticCorpusOptions {
  seed: number;
  chunkCount: number;
  /** Ranked vocabulary (most frequent first), e.g. from readCorpusVocabulary. */
  vocabulary: readonly string[];
  queryCount?: number;
  /** Chunks per document (the last document takes the remainder). */
  chunksPerDocument?: number;
}

const ORDINALS = ['BİRİNCİ', 'İKİNCİ', 'ÜÇÜNCÜ', 'DÖRDÜNCÜ', 'BEŞİNCİ', 'ALTINCI', 'YEDİNCİ', 'SEKİZİNCİ', 'DOKUZUNCU', 'ONUNCU'];
const REGULATION_SUFFIXES = ['Hakkında Yönetmelik', 'Uygulama Yönergesi', 'Usul ve Esasları', 'Hakkında Tebliğ'];
const REPORT_SUFFIXES = ['Faaliyet Raporu', 'Stratejik Planı', 'İzleme Raporu'];
const UNITS = ['gün', 'ay', 'hafta', 'saat', 'TL', 'yıl', 'kişi'];

const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase('tr-TR') + s.slice(1);
const titleCase = (words: readonly string[]) => words.map(capitalize).join(' ');

/**
 * A large deterministic corpus of Turkish-looking regulations and reports: sentences recombined from
 * the real vocabulary with Zipf-like word frequencies, articles ("MADDE 12 – (1) …") under section
 * headings, and chunks whose offsets hold (`chunk.text === doc.text.slice(start, end)`), so every
 * piece of the engine — BM25, hnswlib, sentence selection, citations — runs on it unchanged.
 * Questions are paraphrase-like: a random subset of one chunk sentence's words plus a question form.
 */
export function generateSyntheticCorpus(options: SyntheticCorpusOptions): SyntheticCorpus {
  const { seed, chunkCount, vocabulary } = options;
  const queryCount = options.queryCount ?? 200;
  const perDocument = options.chunksPerDocument ?? 200;
  if (vocabulary.length < 10) throw new RangeError('generateSyntheticCorpus: vocabulary needs at least 10 words');
  const random = mulberry32(seed);
  const zipf = createZipfSampler(vocabulary.length, random);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const word = () => vocabulary[zipf()]!;
  // Titles and headings favour the less common (more distinctive) words.
  const rareWord = () => vocabulary[Math.min(vocabulary.length - 1, 20 + zipf() * 3)]!;

  const sentence = () => {
    const words: string[] = [];
    const length = int(7, 18);
    for (let i = 0; i < length; i++) words.push(word());
    if (random() < 0.3) words.splice(int(1, words.length - 1), 0, `${int(2, 120)} ${pick(UNITS)}`);
    return `${capitalize(words.join(' '))}.`;
  };

  const documents: SourceDocument[] = [];
  const chunks: Chunk[] = [];
  const documentCount = Math.max(1, Math.ceil(chunkCount / perDocument));
  for (let d = 0; d < documentCount; d++) {
    const count = Math.min(perDocument, chunkCount - d * perDocument);
    const isRegulation = random() < 0.6;
    const title = `${titleCase([rareWord(), rareWord(), rareWord()])} ${pick(isRegulation ? REGULATION_SUFFIXES : REPORT_SUFFIXES)}`;
    const docId = `sentetik-${String(d + 1).padStart(5, '0')}`;
    const source = `corpus/sentetik/${docId}.txt`;
    let text = `${title.toLocaleUpperCase('tr-TR')}\n\n`;
    const docChunks: Chunk[] = [];
    let headings: string[] = [];
    for (let c = 0; c < count; c++) {
      if (c % 25 === 0) {
        const section = `${ORDINALS[(c / 25) % ORDINALS.length]} BÖLÜM`;
        const heading = titleCase([rareWord(), rareWord(), rareWord()]);
        text += `${section}\n${heading}\n\n`;
        headings = [`${section} ${heading}`];
      }
      let body: string;
      let article: string | null = null;
      if (isRegulation) {
        const number = c + 1;
        article = `Madde ${number}`;
        const paragraphs: string[] = [];
        const paragraphCount = int(1, 3);
        for (let p = 1; p <= paragraphCount; p++) {
          const sentences = Array.from({ length: int(1, 3) }, sentence);
          paragraphs.push(`(${p}) ${sentences.join(' ')}`);
        }
        body = `MADDE ${number} – ${paragraphs.join('\n')}`;
      } else {
        body = Array.from({ length: int(2, 6) }, sentence).join(' ');
      }
      const start = text.length;
      text += body;
      const end = text.length;
      text += '\n\n';
      docChunks.push({
        id: `${docId}#${c}`,
        docId,
        source,
        title,
        subTitle: null,
        locator: article ? `${title}, ${article}` : `${title}, bölüm ${headings[0] ?? ''}`.trim(),
        article,
        page: null,
        kind: isRegulation ? 'article' : 'paragraph',
        headings: [...headings],
        start,
        end,
        text: body,
      });
    }
    chunks.push(...docChunks);
    documents.push({
      id: docId,
      source,
      title,
      kind: isRegulation ? 'regulation' : 'report',
      asOf: String(2010 + (d % 15)),
      issuer: null,
      text: text.replace(/\n+$/u, ''),
      pages: [],
      parts: [],
      contentHash: `synthetic-${seed}-${d}`,
    });
  }

  const queries = paraphraseQuestions(chunks, random, Math.min(queryCount, chunks.length * 4));
  return { documents, chunks, queries };
}
