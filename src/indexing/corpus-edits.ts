import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sanitizeUploadName } from './sanitize-upload-name.js';
import { IngestError } from '../ingest/ingest-error.js';
import { readCorpusDocument } from '../ingest/index.js';
import { describeAcceptedTypes, findLoader } from '../ingest/loaders/document-loaders.js';

/** Where uploaded documents go inside the corpus. */
export const UPLOADS_FOLDER = 'yuklenenler';

const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

export function safeUploadName(fileName: string): string {
  return sanitizeUploadName(fileName).name;
}

/** Parses the upload in a scratch folder: a file that cannot be read never reaches the corpus. */
export async function validateUpload(fileName: string, bytes: Buffer): Promise<string> {
  const safeName = safeUploadName(fileName);
  // The loader list decides which types an upload may have, as it does for the corpus.
  if (!findLoader(safeName)) {
    throw new IngestError('UNSUPPORTED_TYPE', fileName, `"${fileName}" desteklenmeyen bir dosya türü; eklenebilen türler: ${describeAcceptedTypes()}.`);
  }
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'kurum-yukleme-'));
  try {
    await fs.writeFile(path.join(scratch, safeName), bytes);
    await readCorpusDocument({ repoRoot: scratch, corpusDir: scratch, relPath: safeName, catalog: [] });
  } finally {
    await fs.rm(scratch, { recursive: true, force: true });
  }
  return safeName;
}

export interface PlacedUpload {
  relPath: string;
  storedAs: string;
  versionOf: string | null;
  duplicateOf: string | null;
}

/**
 * Picks where an upload goes: its own name when free; the existing file when the bytes are the same (nothing to
 * add); otherwise the next free versioned name ("yonetmelik-2.pdf"), so a different document that happens to
 * share a name never replaces the one already indexed.
 */
export async function placeUpload(corpusDir: string, safeName: string, bytes: Buffer): Promise<PlacedUpload> {
  const folder = path.join(corpusDir, UPLOADS_FOLDER);
  await fs.mkdir(folder, { recursive: true });
  const ext = path.extname(safeName);
  const stem = safeName.slice(0, safeName.length - ext.length);
  const hash = sha256(bytes);
  for (let n = 1; n < 1000; n += 1) {
    const candidate = n === 1 ? safeName : `${stem}-${n}${ext}`;
    const target = path.join(folder, candidate);
    let existing: Buffer | null = null;
    try {
      existing = await fs.readFile(target);
    } catch {
      existing = null;
    }
    if (existing && sha256(existing) === hash) {
      return { relPath: path.join(UPLOADS_FOLDER, candidate), storedAs: candidate, versionOf: null, duplicateOf: candidate };
    }
    if (existing) continue;
    // 'wx': two uploads racing for the same free name cannot both take it.
    try {
      await fs.writeFile(target, bytes, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    return { relPath: path.join(UPLOADS_FOLDER, candidate), storedAs: candidate, versionOf: n === 1 ? null : safeName, duplicateOf: null };
  }
  throw new IngestError('FILE_UNREADABLE', safeName, `"${safeName}" adıyla çok fazla sürüm var; dosyayı başka bir adla yükleyin.`);
}
