import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Gives the PostgreSQL variants of the store tests a real server: TEST_DATABASE_URL or DATABASE_URL when set
 * (CI sets it in .ci/run), else one started here from the local PostgreSQL binaries. With neither, locally the
 * PostgreSQL variants are reported as skipped with the reason; in CI (CI=true) that is an error.
 */
export default function setup(): () => void {
  const given = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (given) {
    process.env.TEST_DATABASE_URL = given;
    // Each PostgreSQL test creates its own database on this server; processes the tests spawn must not inherit
    // one deployment-wide DATABASE_URL (their job queues would mix).
    delete process.env.DATABASE_URL;
    return () => {};
  }
  const root = mkdtempSync(join(tmpdir(), 'kurum-test-pg-'));
  try {
    const url = execFileSync('bash', [join(process.cwd(), 'scripts/start-test-postgres.sh'), root], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
    process.env.TEST_DATABASE_URL = url;
    return () => {
      try {
        execFileSync('bash', ['-c', `${process.getuid?.() === 0 ? 'runuser -u postgres -- ' : ''}"$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || dirname "$(command -v pg_ctl)")/pg_ctl" -D "${root}/pgdata" -m immediate stop`], { stdio: 'ignore' });
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    const reason = `PostgreSQL test sunucusu başlatılamadı: ${(error as Error).message.split('\n')[0]}`;
    if (process.env.CI) throw new Error(`${reason} — CI'da PostgreSQL testleri atlanamaz (.ci/run DATABASE_URL vermeli).`);
    process.env.TEST_POSTGRES_UNAVAILABLE = reason;
    console.warn(`⚠ ${reason}; PostgreSQL varyantları atlanıyor (yalnızca yerelde).`);
    return () => {};
  }
}
