import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = ['answer', 'llm', 'retrieval', 'tools', 'text', 'ingest', 'config', 'present'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

describe('architecture › dependency direction', () => {
  for (const folder of CORE) {
    it(`src/${folder} imports neither Slack nor the CLI`, () => {
      for (const file of sourceFiles(path.join('src', folder))) {
        const text = fs.readFileSync(file, 'utf8');
        expect(text, file).not.toMatch(/from ['"]@slack\//);
        expect(text, file).not.toMatch(/from ['"][./]*\/?(slack|cli)\//);
      }
    });
  }

  it('only src/config reads process.env among the core folders', () => {
    for (const folder of CORE.filter((f) => f !== 'config')) {
      for (const file of sourceFiles(path.join('src', folder))) {
        expect(fs.readFileSync(file, 'utf8'), file).not.toMatch(/process\.env/);
      }
    }
  });
});
