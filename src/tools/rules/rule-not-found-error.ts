import { AppError } from '../../errors.js';

/** A tool asked for a rule id the rules file does not hold (or one without a number): a programming error. */
export class RuleNotFoundError extends AppError<'RULE_NOT_FOUND'> {
  constructor(readonly ruleId: string, reason: string) {
    super('RULE_NOT_FOUND', `Kural kullanılamıyor: ${ruleId} (${reason})`);
  }
}
