import { AppError } from '../errors.js';

/** A tool function was called with input its schema rejects: callers must go through runTool or safeParse. */
export class ToolInputNotValidatedError extends AppError<'TOOL_INPUT_NOT_VALIDATED'> {
  constructor(readonly tool: string, field: string) {
    super('TOOL_INPUT_NOT_VALIDATED', `${tool}: "${field}" şemayla doğrulanmadan verilmiş`);
  }
}
