import fs from 'node:fs';
import path from 'node:path';

/**
 * The development and scale corpora are read where they lie, never copied into the repository. CI keeps
 * them in `shared/` beside the clone; a developer can point `KURUM_SHARED_DIR` elsewhere. The fixed
 * machine path is the last resort for worktrees that are not next to `shared/`.
 */
const FALLBACK_SHARED_DIR = '/work/shared';

/** The shared folders tests and tools read: two corpora and Slack's app-manifest JSON schema. */
export type SharedCorpus = 'dev-corpus' | 'scale-corpus' | 'slack-manifest-schema';

export class SharedCorpusNotFoundError extends Error {
  readonly code = 'SHARED_CORPUS_NOT_FOUND';
  constructor(readonly corpus: SharedCorpus, readonly tried: string[]) {
    super(`${corpus} bulunamadı. Denenen klasörler: ${tried.join(', ')}. KURUM_SHARED_DIR ile gösterin.`);
  }
}

/** Candidate `shared/` folders in the order they are tried. */
export function sharedDirCandidates(
  repoRoot: string,
  env: Record<string, string | undefined> = process.env,
  fallback: string = FALLBACK_SHARED_DIR,
): string[] {
  const fromEnv = env.KURUM_SHARED_DIR?.trim();
  return [...(fromEnv ? [path.resolve(repoRoot, fromEnv)] : []), path.resolve(repoRoot, '..', 'shared'), fallback];
}

/** Absolute folder of a shared corpus; throws (never skips silently) when none of the candidates has it. */
export function locateSharedCorpus(
  corpus: SharedCorpus,
  repoRoot: string,
  env: Record<string, string | undefined> = process.env,
  fallback: string = FALLBACK_SHARED_DIR,
): string {
  const tried = sharedDirCandidates(repoRoot, env, fallback).map((dir) => path.join(dir, corpus));
  const found = tried.find((dir) => fs.existsSync(dir) && fs.statSync(dir).isDirectory());
  if (!found) throw new SharedCorpusNotFoundError(corpus, tried);
  return found;
}
