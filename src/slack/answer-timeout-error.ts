import { AppError } from '../errors.js';

/** The engine did not answer in time; the user is told so instead of waiting forever. */
export class AnswerTimeoutError extends AppError<'ANSWER_TIMEOUT'> {
  constructor(readonly timeoutMs: number) {
    super('ANSWER_TIMEOUT', `yanıt ${Math.round(timeoutMs / 1000)} saniye içinde hazırlanamadı. Lütfen biraz sonra yeniden deneyin.`);
  }
}
