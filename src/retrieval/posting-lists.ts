import fs from 'node:fs';
import { IndexFileError } from './binary-sections.js';

/** One term's postings: chunk indices (in chunk order) and their BM25F weights, `length` of each. */
export interface TermPostings {
  ids: Int32Array;
  weights: Float32Array;
  length: number;
}

/** Where the postings of a term are read from: valid until the next `read`. */
export interface PostingLists {
  read(term: number, from: number, to: number): TermPostings;
  /** Bytes held in memory. */
  readonly residentBytes: number;
}

export class MemoryPostings implements PostingLists {
  constructor(
    readonly chunkIds: Int32Array,
    readonly weights: Float32Array,
  ) {}

  read(_term: number, from: number, to: number): TermPostings {
    return { ids: this.chunkIds.subarray(from, to), weights: this.weights.subarray(from, to), length: to - from };
  }

  get residentBytes(): number {
    return this.chunkIds.byteLength + this.weights.byteLength;
  }

  /** The on-disk block layout: per term, its ids then its weights, contiguous (one read a term). */
  toBlocks(offsets: Int32Array): Uint8Array {
    const blocks = new Uint8Array(this.chunkIds.byteLength + this.weights.byteLength);
    const ids = new Uint8Array(this.chunkIds.buffer, this.chunkIds.byteOffset, this.chunkIds.byteLength);
    const weights = new Uint8Array(this.weights.buffer, this.weights.byteOffset, this.weights.byteLength);
    for (let t = 0; t + 1 < offsets.length; t++) {
      const from = offsets[t]!;
      const to = offsets[t + 1]!;
      blocks.set(ids.subarray(from * 4, to * 4), from * 8);
      blocks.set(weights.subarray(from * 4, to * 4), from * 8 + (to - from) * 4);
    }
    return blocks;
  }
}

/**
 * Postings left on disk and read per query term with a positioned read: the page cache holds them, not
 * the process, and opening an index does not read them (at 100,000 chunks: 77 MB the load no longer
 * reads, and RSS no longer holds). A question reads a few MB at most.
 */
export class FilePostings implements PostingLists {
  private fd: number;
  private scratch = new ArrayBuffer(1 << 16);

  constructor(
    private readonly file: string,
    /** Byte offset of the block section in the file. */
    private readonly base: number,
  ) {
    this.fd = fs.openSync(file, 'r');
    closeOnCollect.register(this, this.fd);
  }

  read(_term: number, from: number, to: number): TermPostings {
    const length = to - from;
    const bytes = length * 8;
    if (this.scratch.byteLength < bytes) this.scratch = new ArrayBuffer(Math.max(bytes, this.scratch.byteLength * 2));
    const view = new Uint8Array(this.scratch, 0, bytes);
    let done = 0;
    while (done < bytes) {
      const n = fs.readSync(this.fd, view, done, bytes - done, this.base + from * 8 + done);
      if (n === 0) throw new IndexFileError(this.file, 'sözcük dizini beklenenden kısa');
      done += n;
    }
    return { ids: new Int32Array(this.scratch, 0, length), weights: new Float32Array(this.scratch, length * 4, length), length };
  }

  get residentBytes(): number {
    return this.scratch.byteLength;
  }
}

const closeOnCollect = new FinalizationRegistry<number>((fd) => fs.close(fd, () => undefined));
