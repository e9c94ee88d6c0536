import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

// The contract automation reads (issue #15): one JSON object on stdout, every figure a number beside its
// baseline. Only the shape is checked — timings never decide a test.
const FIGURES = [
  'ingest_mb_s', 'read_floor_mb_s', 'rss_mb_100k', 'load_ms_100k', 'retrieval_p95_ms_100k', 'bm25_p95_ms_100k',
  'answer_p95_ms_100k', 'exact_p95_ms_100k', 'recall_at_10', 'speedup_vs_exact', 'ack_p99_ms', 'jsonl_questions_per_s',
];

describe('npm run bench -- --quick --json', () => {
  it('prints exactly one JSON object with every contract figure, and answers every load-test question', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bench-command.ts', '--quick', '--json'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 600_000,
    });
    expect(run.status, run.stderr.slice(-2000)).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const report = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(report.quick).toBe(true);
    for (const key of FIGURES) expect(typeof report[key], key).toBe('number');
    expect(report.slack_answered).toBe(report.slack_events);
    expect(report.jsonl_answered).toBe(report.jsonl_questions);
    expect(Array.isArray(report.loadavg && (report.loadavg as { start: unknown }).start)).toBe(true);
    expect((report.targets as { name: string }[]).length).toBeGreaterThan(5);
  }, 600_000);
});
