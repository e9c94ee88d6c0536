import { AppError } from '../errors.js';

export type StoreErrorCode = 'STORE_UNAVAILABLE' | 'STORE_SCHEMA_NEWER';

/** The state database cannot be opened or used; the message says what to check, in Turkish. */
export class StoreError extends AppError<StoreErrorCode> {}
