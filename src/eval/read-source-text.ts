import path from 'node:path';
import { readCorpusDocument } from '../ingest/index.js';

/**
 * The cleaned text of one cited source ("corpus/…", relative to the repository root), read through the
 * same `readCorpusDocument` the index is built with, so quotes are checked against exactly the text the
 * engine cites from. Null when the file is missing, unreadable, or outside the corpus folder (a citation
 * of such a file cannot be grounded).
 */
export async function readSourceText(repoRoot: string, corpusDir: string, source: string): Promise<string | null> {
  const corpusAbs = path.resolve(repoRoot, corpusDir);
  const relPath = path.relative(corpusAbs, path.resolve(repoRoot, source));
  if (relPath === '' || relPath.startsWith('..') || path.isAbsolute(relPath)) return null;
  try {
    const document = await readCorpusDocument({ repoRoot, corpusDir: corpusAbs, relPath, catalog: [] });
    return document.text;
  } catch {
    return null;
  }
}

/** Loads each source once; the map handed to scoreAnswer grows as new sources are cited. */
export class SourceTextCache {
  readonly texts = new Map<string, string>();
  private readonly tried = new Set<string>();

  constructor(
    private readonly repoRoot: string,
    private readonly corpusDir: string,
  ) {}

  async ensure(sources: Iterable<string>): Promise<ReadonlyMap<string, string>> {
    for (const source of sources) {
      if (this.tried.has(source)) continue;
      this.tried.add(source);
      const text = await readSourceText(this.repoRoot, this.corpusDir, source);
      if (text !== null) this.texts.set(source, text);
    }
    return this.texts;
  }
}
