import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFParse } from 'pdf-parse';
import { cleanText } from '../text/clean-text.js';

/**
 * The cleaned text of one cited source ("corpus/…", relative to the repository root), which quotes are
 * checked against. Grounding compares whitespace-folded text, so this only has to agree with the
 * ingestion on characters, not on line breaks: .txt/.md → cleanText; .pdf → each page cleaned, pages
 * joined by a newline (hyphenation across line ends repaired by cleanText).
 *
 * Single switch point: once `readCorpusDocument` is exported from src/ingest/index.ts, return its
 * `.text` here so the scorer reads exactly what the engine indexed.
 */
export async function readSourceText(repoRoot: string, source: string): Promise<string | null> {
  const abs = path.resolve(repoRoot, source);
  // A citation naming a file outside the repository is not trusted as a source.
  if (path.relative(repoRoot, abs).startsWith('..')) return null;
  let bytes: Buffer;
  try {
    bytes = await readFile(abs);
  } catch {
    return null;
  }
  if (path.extname(abs).toLowerCase() !== '.pdf') return cleanText(bytes.toString('utf8').replace(/^\ufeff/u, ''));
  // pdf-parse detaches the buffer it is given: hand it a copy.
  const parser = new PDFParse({ data: Buffer.from(bytes) });
  try {
    const result = await parser.getText();
    return result.pages.map((page) => cleanText(page.text)).join('\n');
  } catch {
    return null;
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

/** Loads each source once; the map handed to scoreAnswer grows as new sources are cited. */
export class SourceTextCache {
  readonly texts = new Map<string, string>();
  private readonly tried = new Set<string>();

  constructor(private readonly repoRoot: string) {}

  async ensure(sources: Iterable<string>): Promise<ReadonlyMap<string, string>> {
    for (const source of sources) {
      if (this.tried.has(source)) continue;
      this.tried.add(source);
      const text = await readSourceText(this.repoRoot, source);
      if (text !== null) this.texts.set(source, text);
    }
    return this.texts;
  }
}
