import { randomBytes } from 'node:crypto';
import os from 'node:os';

/** `host:pid:random` — unique per process start, and tells on which host and under which pid it runs. */
export function newProcessId(): string {
  return `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

/**
 * True only when `id` names a process on this host that no longer exists (kill -9, crash). A process on another
 * host is never declared dead here: its heartbeat or lease expiry tells.
 */
export function isDeadLocalProcess(id: string): boolean {
  const [host, pidText] = id.split(':');
  const pid = Number(pidText);
  if (host !== os.hostname() || !Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
