import fs from 'node:fs/promises';
import path from 'node:path';
import { listCorpusFiles } from '../ingest/index.js';

export interface ReplicaSummary {
  files: number;
  bytes: number;
  copies: number;
}

/**
 * Copies of a corpus's files under distinct names (`kopya-03/…/law-k3.txt`) until about `targetBytes` are
 * written: the same real text at a larger scale, each copy a document of its own. Copies after the first
 * get " (KOPYA n xxxyyy)" on their first line, so their titles, ids and bytes differ: ingest's duplicate
 * check (same bytes or text) does not drop them, and its revision check (titles at most two edits apart)
 * does not take them for revisions of one law — the letter code of two copies differs in three letters or
 * more. Whole files only; the last copy may be partial.
 */
export async function replicateCorpus(sourceDir: string, targetDir: string, targetBytes: number): Promise<ReplicaSummary> {
  const relPaths = (await listCorpusFiles(sourceDir)).filter((rel) => !rel.toLowerCase().endsWith('.pdf'));
  if (relPaths.length === 0) throw new Error(`replicateCorpus: ${sourceDir} holds no text files`);
  const texts = await Promise.all(relPaths.map((rel) => fs.readFile(path.join(sourceDir, rel), 'utf8')));
  let bytes = 0;
  let files = 0;
  let copy = 0;
  while (bytes < targetBytes) {
    copy++;
    for (let f = 0; f < relPaths.length && bytes < targetBytes; f++) {
      const rel = relPaths[f]!;
      const text = texts[f]!;
      const lineEnd = text.indexOf('\n');
      const mark = `(KOPYA ${copy} ${copyCode(copy)})`;
      const body = copy === 1 ? text : lineEnd < 0 ? `${text} ${mark}` : `${text.slice(0, lineEnd).trimEnd()} ${mark}${text.slice(lineEnd)}`;
      const ext = path.extname(rel);
      const out = path.join(targetDir, `kopya-${String(copy).padStart(3, '0')}`, `${rel.slice(0, rel.length - ext.length)}-k${copy}${ext}`);
      await fs.mkdir(path.dirname(out), { recursive: true });
      await fs.writeFile(out, body);
      bytes += Buffer.byteLength(body);
      files++;
    }
  }
  return { files, bytes, copies: copy };
}

/** Two letters of the copy number, each written three times: two copies' codes are ≥ 3 edits apart. */
export function copyCode(copy: number): string {
  const letter = (k: number) => String.fromCharCode(97 + (k % 26)).repeat(3);
  return `${letter(Math.floor(copy / 26))}${letter(copy)}`;
}

/** Total size of a folder's files (an index build, a corpus). */
export async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await fs.stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}
