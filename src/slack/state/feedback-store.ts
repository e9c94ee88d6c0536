import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Citation } from '../../answer/types.js';

export interface FeedbackRecord {
  at: string;
  vote: 'up' | 'down';
  userId: string;
  channelId: string | null;
  messageTs: string | null;
  answerId: string;
  question: string | null;
  answer: string | null;
  kind: string | null;
  citations: Pick<Citation, 'source' | 'docId' | 'chunkId' | 'title' | 'locator' | 'page' | 'quote'>[];
}

/**
 * Feedback as JSON Lines (one record a line, append-only) in DATA_DIR/feedback.jsonl: easy to grep, to load
 * into a spreadsheet, and safe against a crash mid-write losing earlier records. Writes are serialised.
 */
export class FeedbackStore {
  #queue: Promise<void> = Promise.resolve();

  constructor(readonly file: string) {}

  append(record: FeedbackRecord): Promise<void> {
    const line = `${JSON.stringify(record)}\n`;
    const write = this.#queue.then(async () => {
      await mkdir(dirname(this.file), { recursive: true });
      await appendFile(this.file, line, 'utf8');
    });
    // A failed write must not block later ones; the caller still sees its own failure.
    this.#queue = write.catch(() => undefined);
    return write;
  }
}
