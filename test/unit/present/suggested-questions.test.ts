import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../src/answer/assistant.js';
import { readSuggestedQuestions } from '../../../src/present/index.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oneriler-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const documents: DocumentSummary[] = [
  { id: 'y', source: 's', title: 'Bir Yönerge', kind: 'directive', asOf: null, chunks: 1, pages: null, parts: [] },
  { id: 'r', source: 's', title: 'Bir Faaliyet Raporu', kind: 'report', asOf: null, chunks: 1, pages: null, parts: [] },
];

describe('readSuggestedQuestions', () => {
  it('reads the corpus file', async () => {
    await writeFile(join(dir, 'suggested-prompts.json'), JSON.stringify({ prompts: [{ title: 'T', message: 'Soru?', expect: 'x' }] }));
    expect(readSuggestedQuestions(dir, documents)).toEqual({ questions: [{ title: 'T', message: 'Soru?', expect: 'x' }], problem: null });
  });

  it('reports a malformed file in Turkish and falls back to questions from the titles', async () => {
    await writeFile(join(dir, 'suggested-prompts.json'), JSON.stringify({ prompts: Array.from({ length: 5 }, () => ({ title: 'T', message: 'm' })) }));
    const tooMany = readSuggestedQuestions(dir, documents);
    expect(tooMany.problem).toMatch(/beklenen biçimde değil/);
    expect(tooMany.questions.map((q) => q.message)).toEqual(['Bir Yönerge neyi düzenler?', 'Bir Faaliyet Raporu hangi konuları ele alıyor?']);
    await writeFile(join(dir, 'suggested-prompts.json'), '{');
    expect(readSuggestedQuestions(dir, documents).problem).toMatch(/geçerli JSON değil/);
  });
});
