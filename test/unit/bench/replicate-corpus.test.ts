import { describe, expect, it } from 'vitest';
import { copyCode } from '../../../src/bench/replicate-corpus.js';

describe('replicateCorpus › copy codes', () => {
  it('tell any two of the first 600 copies apart by three letters or more (ingest takes titles ≤ 2 edits apart for revisions)', () => {
    const codes = Array.from({ length: 600 }, (_, i) => copyCode(i + 2));
    for (let a = 0; a < codes.length; a++) {
      for (let b = a + 1; b < codes.length; b++) {
        let differing = 0;
        for (let k = 0; k < codes[a]!.length; k++) if (codes[a]![k] !== codes[b]![k]) differing++;
        expect(differing, `${codes[a]} ${codes[b]}`).toBeGreaterThanOrEqual(3);
      }
    }
  });
});
