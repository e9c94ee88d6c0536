import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forEachLetterRun } from '../../../src/ingest/letter-runs.js';

const runsOf = (text: string) => {
  const runs: string[] = [];
  forEachLetterRun(text, (start, end, letters) => {
    const run = text.slice(start, end);
    expect(letters).toBe([...run].length);
    runs.push(run);
  });
  return runs;
};
const byRegex = (text: string) => [...text.matchAll(/\p{L}+/gu)].map((m) => m[0]);

describe('forEachLetterRun › the runs /\\p{L}+/gu finds', () => {
  it('on random text: Turkish and other letters, combining marks, astral letters and emoji, lone surrogates', () => {
    const alphabet = ['a', 'Z', 'ç', 'İ', 'ı', ' ', '\n', '1', '-', "'", '\u0307', '\u00ad', 'ß', 'Ω', 'я', '中', '𝐀', '😀', '\ud835', '\udc00', '\t', '.'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: next() % 16 }, () => alphabet[next() % alphabet.length]).join('');
      expect(runsOf(text)).toEqual(byRegex(text));
    }
  });

  it('on the shipped corpus', () => {
    const dir = path.join(process.cwd(), 'corpus');
    for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.txt')) continue;
      const text = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
      expect(runsOf(text)).toEqual(byRegex(text));
    }
  });
});
