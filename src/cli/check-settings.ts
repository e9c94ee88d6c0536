import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config/index.js';
import { AppError } from '../errors.js';
import { IndexStore } from '../retrieval/index-store.js';

/** A setting that points somewhere unusable; the message names the setting, its value and the resolved path. */
export class SettingPathError extends AppError<'setting_path'> {}

/**
 * Checks, before any index is built, that CORPUS_DIR is a folder. For answering, with a good index already in
 * DATA_DIR a missing corpus is only a warning (the last good index is served, as the start-up re-index reports);
 * without one nothing could be answered, so it fails at once, naming the path and the setting. `ingest` needs the
 * documents either way (`evenWithIndex`).
 */
export async function checkCorpusDir(config: Config, repoRoot: string, options: { evenWithIndex?: boolean } = {}): Promise<void> {
  const corpusDir = path.resolve(repoRoot, config.CORPUS_DIR);
  let problem: string | null = null;
  try {
    if (!(await stat(corpusDir)).isDirectory()) problem = 'bir klasör değil, bir dosya';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problem = code === 'ENOENT' ? 'bulunamadı' : code === 'EACCES' ? 'okuma izni yok' : `okunamadı (${code ?? (error as Error).message})`;
  }
  if (problem === null) return;
  if (!options.evenWithIndex && (await new IndexStore(path.resolve(repoRoot, config.DATA_DIR)).currentVersion())) return;
  throw new SettingPathError(
    'setting_path',
    `Belge klasörü ${problem}: ${corpusDir} (CORPUS_DIR=${config.CORPUS_DIR}). CORPUS_DIR'i belgelerin bulunduğu klasöre ayarlayın (varsayılan: corpus).`,
  );
}

/**
 * Checks that DATA_DIR can be created and written (the index, the lock files and the embedded database live
 * there), so an unwritable path fails at once with the setting named instead of stalling a build that waits.
 */
export async function checkDataDir(config: Config, repoRoot: string): Promise<void> {
  const dataDir = path.resolve(repoRoot, config.DATA_DIR);
  const probe = path.join(dataDir, `.yazma-denemesi-${process.pid}`);
  try {
    await mkdir(dataDir, { recursive: true });
    await writeFile(probe, '');
    await rm(probe, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new SettingPathError(
      'setting_path',
      `Dizin klasörüne yazılamıyor: ${dataDir} (DATA_DIR=${config.DATA_DIR}; ${code}). DATA_DIR'i yazılabilir bir klasöre ayarlayın (varsayılan: data).`,
      { cause: error },
    );
  }
}
