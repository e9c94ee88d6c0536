import fs from 'node:fs/promises';
import { AppError } from '../errors.js';

/**
 * One file of named typed-array sections behind a small JSON header, so an index part opens by reading
 * bytes into one buffer and taking views of it — no parsing, no copying. Layout: 8-byte magic, u32 header
 * length, the header (`{ meta, sections: [{ name, type, byteOffset, length }] }` as UTF-8 JSON), then each
 * section at an 8-byte aligned offset, little-endian (the byte order of every machine Node runs on here).
 */
export type SectionArray = Int32Array | Uint32Array | Float32Array | Float64Array | Uint8Array | Uint16Array;

const TYPES = { Int32Array, Uint32Array, Float32Array, Float64Array, Uint8Array, Uint16Array } as const;
export type SectionType = keyof typeof TYPES;

interface SectionEntry {
  name: string;
  type: SectionType;
  byteOffset: number;
  length: number;
}

export class IndexFileError extends AppError<'INDEX_FILE_CORRUPT'> {
  constructor(readonly file: string, reason: string) {
    super('INDEX_FILE_CORRUPT', `Dizin dosyası bozuk (${file}): ${reason}. "npm run ingest -- --yeniden" ile dizini yeniden oluşturun.`);
  }
}

const align8 = (n: number) => Math.ceil(n / 8) * 8;

/** Writes `sections` (and a small JSON `meta`) to `file` in one go. */
export async function writeSections(file: string, magic: string, meta: unknown, sections: Record<string, SectionArray>): Promise<number> {
  if (Buffer.byteLength(magic) !== 8) throw new RangeError(`magic must be 8 bytes: ${magic}`);
  const names = Object.keys(sections);
  // The header's size depends on the offsets it lists: lay out with a generous estimate, then fix up.
  let headerBytes = Buffer.from(JSON.stringify({ meta, sections: names.map((name) => ({ name, type: 'Float64Array', byteOffset: 1e15, length: 1e15 })) }));
  const start = align8(12 + headerBytes.length);
  let at = start;
  const entries: SectionEntry[] = names.map((name) => {
    const array = sections[name]!;
    const entry = { name, type: array.constructor.name as SectionType, byteOffset: at, length: array.length };
    at = align8(at + array.byteLength);
    return entry;
  });
  headerBytes = Buffer.from(JSON.stringify({ meta, sections: entries }));
  const fixed = Buffer.alloc(start);
  fixed.write(magic, 0, 'utf8');
  fixed.writeUInt32LE(headerBytes.length, 8);
  headerBytes.copy(fixed, 12);
  const parts: Uint8Array[] = [fixed];
  let written = start;
  for (const entry of entries) {
    const array = sections[entry.name]!;
    parts.push(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
    written += array.byteLength;
    const pad = align8(written) - written;
    if (pad > 0) parts.push(new Uint8Array(pad));
    written += pad;
  }
  const handle = await fs.open(file, 'w');
  try {
    await handle.writev(parts);
  } finally {
    await handle.close();
  }
  return written;
}

export interface LazySection {
  byteOffset: number;
  length: number;
  type: SectionType;
}

/**
 * Reads a sections file: each section into its own aligned buffer, except the `lazy` ones, which are
 * left on disk and returned as positions (for positioned reads on demand).
 */
export async function readSections<Meta>(
  file: string,
  magic: string,
  lazy: readonly string[] = [],
): Promise<{ meta: Meta; sections: Map<string, SectionArray>; lazy: Map<string, LazySection>; bytes: number }> {
  const handle = await fs.open(file, 'r');
  try {
    const { size } = await handle.stat();
    const readAt = async (position: number, length: number): Promise<ArrayBuffer> => {
      // A fresh ArrayBuffer starts 8-byte aligned, so every typed-array view of it is aligned too.
      const buffer = new ArrayBuffer(length);
      const bytes = new Uint8Array(buffer);
      let read = 0;
      while (read < length) {
        const { bytesRead } = await handle.read(bytes, read, length - read, position + read);
        if (bytesRead === 0) throw new IndexFileError(file, 'dosya beklenenden kısa');
        read += bytesRead;
      }
      return buffer;
    };
    if (size < 12) throw new IndexFileError(file, 'dosya beklenenden kısa');
    const head = Buffer.from(await readAt(0, 12));
    if (head.toString('utf8', 0, 8) !== magic) throw new IndexFileError(file, `beklenen "${magic}" imzası yok`);
    const headerLength = head.readUInt32LE(8);
    let header: { meta: Meta; sections: SectionEntry[] };
    try {
      header = JSON.parse(Buffer.from(await readAt(12, headerLength)).toString('utf8')) as typeof header;
    } catch (cause) {
      if (cause instanceof IndexFileError) throw cause;
      throw new IndexFileError(file, `başlık okunamadı (${(cause as Error).message})`);
    }
    const sections = new Map<string, SectionArray>();
    const deferred = new Map<string, LazySection>();
    for (const entry of header.sections) {
      const Type = TYPES[entry.type];
      const byteLength = entry.length * (Type?.BYTES_PER_ELEMENT ?? 0);
      if (!Type || entry.byteOffset + byteLength > size) throw new IndexFileError(file, `"${entry.name}" bölümü dosyanın dışında`);
      if (lazy.includes(entry.name)) deferred.set(entry.name, { byteOffset: entry.byteOffset, length: entry.length, type: entry.type });
      else sections.set(entry.name, new Type(await readAt(entry.byteOffset, byteLength)));
    }
    return { meta: header.meta, sections, lazy: deferred, bytes: size };
  } finally {
    await handle.close();
  }
}

/** A section by name and type, or a clear error naming the file. */
export function section<T extends SectionArray>(sections: Map<string, SectionArray>, name: string, type: new (...args: never[]) => T, file: string): T {
  const found = sections.get(name);
  if (!(found instanceof type)) throw new IndexFileError(file, `"${name}" bölümü yok`);
  return found;
}

/**
 * Strings as one UTF-16LE blob and their end offsets (in code units). Decoding the blob is a copy, and each
 * string is then a slice of it: far cheaper than decoding many small UTF-8 strings.
 */
export function encodeStrings(strings: readonly string[]): { blob: Uint16Array; ends: Uint32Array } {
  const ends = new Uint32Array(strings.length);
  let total = 0;
  strings.forEach((s, i) => {
    total += s.length;
    ends[i] = total;
  });
  const bytes = Buffer.from(strings.join(''), 'utf16le');
  const blob = new Uint16Array(total);
  new Uint8Array(blob.buffer).set(bytes);
  return { blob, ends };
}

export function decodeStrings(blob: Uint16Array, ends: Uint32Array): string[] {
  const all = Buffer.from(blob.buffer as ArrayBuffer, blob.byteOffset, blob.byteLength).toString('utf16le');
  const strings = new Array<string>(ends.length);
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    strings[i] = all.slice(start, ends[i]);
    start = ends[i]!;
  }
  return strings;
}
