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
type SectionType = keyof typeof TYPES;

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

/** Reads a sections file whole into one aligned buffer and returns views of its sections. */
export async function readSections<Meta>(file: string, magic: string): Promise<{ meta: Meta; sections: Map<string, SectionArray>; bytes: number }> {
  const handle = await fs.open(file, 'r');
  let arrayBuffer: ArrayBuffer;
  try {
    const { size } = await handle.stat();
    // A fresh ArrayBuffer starts 8-byte aligned, so every section view below is aligned too.
    arrayBuffer = new ArrayBuffer(size);
    const bytes = new Uint8Array(arrayBuffer);
    let read = 0;
    while (read < size) {
      const { bytesRead } = await handle.read(bytes, read, size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    if (read !== size) throw new IndexFileError(file, 'dosya eksik okundu');
  } finally {
    await handle.close();
  }
  const buffer = Buffer.from(arrayBuffer);
  if (buffer.length < 12 || buffer.toString('utf8', 0, 8) !== magic) throw new IndexFileError(file, `beklenen "${magic}" imzası yok`);
  const headerLength = buffer.readUInt32LE(8);
  let header: { meta: Meta; sections: SectionEntry[] };
  try {
    header = JSON.parse(buffer.toString('utf8', 12, 12 + headerLength)) as typeof header;
  } catch (cause) {
    throw new IndexFileError(file, `başlık okunamadı (${(cause as Error).message})`);
  }
  const sections = new Map<string, SectionArray>();
  for (const entry of header.sections) {
    const Type = TYPES[entry.type];
    if (!Type || entry.byteOffset + entry.length * Type.BYTES_PER_ELEMENT > arrayBuffer.byteLength) {
      throw new IndexFileError(file, `"${entry.name}" bölümü dosyanın dışında`);
    }
    sections.set(entry.name, new Type(arrayBuffer, entry.byteOffset, entry.length));
  }
  return { meta: header.meta, sections, bytes: arrayBuffer.byteLength };
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
