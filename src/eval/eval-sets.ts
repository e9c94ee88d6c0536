import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { locateSharedCorpus } from '../config/shared-corpora.js';

/** One question set and the corpus it is asked over. */
export interface EvalSet {
  name: string;
  /** Absolute path of the JSONL questions. */
  questionsFile: string;
  /** Absolute corpus folder. */
  corpusDir: string;
  /**
   * The folder citations' `source` paths are relative to: the corpus folder's parent, so sources read
   * "corpus/…" for the shipped corpus and "dev-corpus/…" for the dev corpus.
   */
  sourceRoot: string;
}

export const SET_NAMES = ['shipped', 'dev', 'all'] as const;
export type SetName = (typeof SET_NAMES)[number];

export function shippedSet(repoRoot: string, corpusDir: string): EvalSet {
  const corpus = path.resolve(repoRoot, corpusDir);
  return { name: 'shipped', questionsFile: path.join(repoRoot, 'test/eval/questions.jsonl'), corpusDir: corpus, sourceRoot: path.dirname(corpus) };
}

/** The dev set over ../shared/dev-corpus (read where it lies, never copied); throws when it is missing. */
export function devSet(repoRoot: string): EvalSet {
  const corpus = locateSharedCorpus('dev-corpus', repoRoot);
  return { name: 'dev', questionsFile: path.join(repoRoot, 'test/eval/dev-questions.jsonl'), corpusDir: corpus, sourceRoot: path.dirname(corpus) };
}

/** An ad-hoc set: any questions file over any corpus folder (the shipped corpus when none is given). */
export function adHocSet(repoRoot: string, questionsFile: string, corpusDir: string): EvalSet {
  const corpus = path.resolve(corpusDir);
  return { name: path.basename(questionsFile).replace(/\.jsonl$/u, ''), questionsFile: path.resolve(questionsFile), corpusDir: corpus, sourceRoot: path.dirname(corpus) };
}

// Code whose change changes what an index holds (chunks, terms, vectors): a cached eval index built by
// other code would measure the wrong thing.
const INDEX_CODE_DIRS = ['src/ingest', 'src/text', 'src/retrieval', 'src/question'];

function hashIndexCode(repoRoot: string, hash: ReturnType<typeof createHash>): void {
  for (const dir of INDEX_CODE_DIRS) {
    const abs = path.join(repoRoot, dir);
    if (!fs.existsSync(abs)) continue;
    const files = fs.readdirSync(abs, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name))
      .sort();
    for (const file of files) hash.update(path.relative(repoRoot, file)).update(fs.readFileSync(file));
  }
}

/**
 * Where a set's index is cached between runs: one folder per corpus, embedder and version of the
 * index-building code, under the system temp folder (never the serving DATA_DIR). Ingestion is
 * incremental, so an unchanged corpus costs a hash check.
 */
export function evalIndexDir(repoRoot: string, set: EvalSet, embedderId: string): string {
  const hash = createHash('sha256').update(set.corpusDir).update('\0').update(embedderId).update('\0');
  hashIndexCode(repoRoot, hash);
  const root = path.join(os.tmpdir(), 'kurum-asistani-eval');
  pruneStale(root);
  return path.join(root, `${path.basename(set.corpusDir)}-${hash.digest('hex').slice(0, 16)}`);
}

const STALE_MS = 24 * 60 * 60 * 1000;

/** Cached indexes nobody has used for a day (older code, other checkouts) are removed. */
function pruneStale(root: string): void {
  if (!fs.existsSync(root)) return;
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    const dir = path.join(root, entry.name);
    if (entry.isDirectory() && Date.now() - fs.statSync(dir).mtimeMs > STALE_MS) fs.rmSync(dir, { recursive: true, force: true });
  }
}
