import type { Logger } from '@slack/bolt';
import { logDetail } from './describe-error.js';

/** Errors after which the process cannot serve correctly: exit and let the supervisor restart it. */
const FATAL_CODES = new Set(['EADDRINUSE', 'EACCES', 'ERR_WORKER_OUT_OF_MEMORY', 'ERR_OUT_OF_MEMORY']);

/**
 * One failed promise or callback somewhere (a listener, a timer, a library) must not take the bot down for every
 * user: it is logged and the process keeps serving. Only states it cannot recover from end the process, with
 * exit code 1 so systemd / compose restart it. Returns a function that removes the guards.
 */
export function installCrashGuards(logger: Logger, exit: (code: number) => void = (code) => process.exit(code)): () => void {
  const onRejection = (reason: unknown) => {
    logger.error(`Yakalanmamış hata (promise), bot çalışmaya devam ediyor: ${logDetail(reason)}`);
  };
  const onException = (error: unknown) => {
    const code = typeof error === 'object' && error && 'code' in error ? String((error as { code: unknown }).code) : '';
    if (FATAL_CODES.has(code)) {
      logger.error(`Onarılamaz hata (${code}), süreç kapanıyor; gözetmen (systemd/compose) yeniden başlatmalı: ${logDetail(error)}`);
      exit(1);
      return;
    }
    logger.error(`Yakalanmamış hata, bot çalışmaya devam ediyor: ${logDetail(error)}`);
  };
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  };
}
