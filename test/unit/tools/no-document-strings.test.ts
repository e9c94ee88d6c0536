import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldTurkish } from '../../../src/text/index.js';

/** Knowledge of documents is data (rules/, the catalog): the tools' code names no document, place or year. */
const catalog = JSON.parse(fs.readFileSync('corpus/catalog.json', 'utf8')) as { documents: { id: string; title: string; kind: string }[] };

const files = fs
  .readdirSync('src/tools', { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile())
  .map((e) => path.join(e.parentPath, e.name));

// Places are the first word of the titles of reports and plans ("Kars …", "Erzincan …").
const names = [
  ...catalog.documents.map((d) => d.id),
  ...catalog.documents.map((d) => d.title),
  ...catalog.documents.filter((d) => d.kind === 'report' || d.kind === 'strategic-plan').map((d) => d.title.split(' ')[0]!),
].map(foldTurkish);

/** String and template literals, and comments: where a document's name or year would be written. */
function literals(source: string): string[] {
  return source.match(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`|\/\/.*|\/\*[\s\S]*?\*\//g) ?? [];
}

describe('src/tools › no document-specific strings', () => {
  it('holds only TypeScript (rules and vocabulary live in rules/)', () => {
    expect(files.filter((f) => !f.endsWith('.ts'))).toEqual([]);
  });

  it.each(files.map((f) => [f] as const))('%s names no corpus document, place or year', (file) => {
    const text = literals(fs.readFileSync(file, 'utf8')).join('\n');
    const folded = foldTurkish(text);
    for (const name of names) expect(folded, `${file}: ${name}`).not.toContain(name);
    expect(text.match(/(?<!\d)(19|20)\d{2}(?!\d)/g) ?? [], file).toEqual([]);
  });
});
