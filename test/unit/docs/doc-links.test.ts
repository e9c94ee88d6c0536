import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/temp-corpus.js';

/** GitHub's heading anchors (github-slugger): lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .replace(/`/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /gu, '-');
}

function anchorsOf(file: string): Set<string> {
  const text = fs.readFileSync(file, 'utf8').replace(/```[\s\S]*?```/gu, '');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gmu)].map((m) => slug(m[1]!.trim())));
}

const docs = ['README.md', ...fs.readdirSync(path.join(REPO_ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

describe('docs › links', () => {
  it.each(docs)('%s: every relative link and #anchor resolves', (doc) => {
    const file = path.join(REPO_ROOT, doc);
    const text = fs.readFileSync(file, 'utf8').replace(/```[\s\S]*?```/gu, '');
    const broken: string[] = [];
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/gu)) {
      if (/^[a-z]+:/u.test(target!)) continue; // http(s), mailto
      const [where, anchor] = target!.split('#');
      const resolved = where ? path.resolve(path.dirname(file), where) : file;
      if (!fs.existsSync(resolved)) broken.push(`${target} (no such file)`);
      else if (anchor && resolved.endsWith('.md') && !anchorsOf(resolved).has(anchor)) broken.push(`${target} (no such heading)`);
    }
    expect(broken).toEqual([]);
  });

  it('the README links to every document in docs/', () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    for (const doc of docs.filter((d) => d !== 'README.md')) expect(readme, doc).toContain(`](${doc}`);
  });
});
