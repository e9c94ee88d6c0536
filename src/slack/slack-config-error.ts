import { AppError } from '../errors.js';

/** Slack mode was asked for without the settings it needs. */
export class SlackConfigError extends AppError<'SLACK_NOT_CONFIGURED'> {
  constructor(message: string) {
    super('SLACK_NOT_CONFIGURED', message);
  }
}
