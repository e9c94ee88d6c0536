import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AppError } from '../errors.js';
import { IngestError, type IngestErrorCode } from '../ingest/ingest-error.js';
import type { Config } from '../config/index.js';
import type { ChildMessage, ChildRequest, OperationHooks } from './index-operations.js';

const CHILD_ENTRY = fileURLToPath(new URL('./build-child.ts', import.meta.url));
/** tsx's ESM loader, so the child runs the TypeScript sources as `npm start` does. */
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export class BuildProcessError extends AppError<'BUILD_PROCESS_FAILED'> {}

/**
 * Runs one index operation in a child process and relays its progress. The child gets the parent's validated
 * config; its exit without an answer (killed, out of memory) is an error naming the signal.
 */
export function runInChild<T>(request: ChildRequest, config: Config, repoRoot: string, hooks: OperationHooks = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const child = fork(CHILD_ENTRY, [], {
      cwd: repoRoot,
      execArgv: ['--import', TSX_LOADER],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'progress') hooks.onProgress?.(message.progress);
      else if (message.type === 'wait') hooks.onWait?.(message.holder);
      else if (message.type === 'done') settle(() => resolve(message.result as T));
      else settle(() => reject(reviveError(message)));
    });
    child.on('error', (error) => settle(() => reject(new BuildProcessError('BUILD_PROCESS_FAILED', `Dizinleme süreci başlatılamadı: ${error.message}`, { cause: error }))));
    child.on('exit', (code, signal) =>
      settle(() =>
        reject(new BuildProcessError('BUILD_PROCESS_FAILED', `Dizinleme süreci yarıda kaldı (${signal ? `sinyal ${signal}` : `çıkış kodu ${code}`}).`)),
      ),
    );
    child.send({ config, repoRoot, request });
  });
}

const INGEST_CODES = new Set<string>(['PDF_ENCRYPTED', 'PDF_CORRUPT', 'PDF_EMPTY', 'PDF_IMAGE_ONLY', 'FILE_EMPTY', 'FILE_UNREADABLE', 'UNSUPPORTED_TYPE']);

/** Rebuilds the child's error as the same class where callers switch on it (IngestError's code and file). */
function reviveError(message: Extract<ChildMessage, { type: 'error' }>): Error {
  if (message.name === 'IngestError' && message.code && INGEST_CODES.has(message.code)) {
    return new IngestError(message.code as IngestErrorCode, message.file ?? '', message.message);
  }
  return new AppError(message.code ?? 'BUILD_FAILED', message.message);
}
