import { AppError } from '../errors.js';

/** Turns any failure into one Turkish line on stderr; never a stack trace (set DEBUG=1 to see one). */
export function describeError(error: unknown): string {
  if (error instanceof AppError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `Beklenmeyen hata: ${message}`;
}

export function exitWithError(error: unknown, code = 1): never {
  process.stderr.write(`Hata: ${describeError(error)}\n`);
  if (process.env.DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exit(code);
}
