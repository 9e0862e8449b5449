import { CostInputError } from '~/lib/cost/errors';

/** Base of every error a service may raise on purpose; `status` is its HTTP mapping. */
export abstract class ServiceError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The thing asked for does not exist (404). */
export class NotFoundError extends ServiceError {
  readonly status = 404;
  readonly code = 'not_found';
}

/** The request's input is malformed (400). */
export class ValidationError extends ServiceError {
  readonly status = 400;
  readonly code = 'invalid_input';
  constructor(
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

/** A dependency (database, cache) cannot answer right now (503). */
export class UnavailableError extends ServiceError {
  readonly status = 503;
  readonly code = 'unavailable';
}

/** The one place an error becomes an HTTP status: typed errors keep theirs, anything else is 500. */
export function httpStatusOf(error: unknown): number {
  if (error instanceof ServiceError) return error.status;
  return error instanceof CostInputError ? 400 : 500;
}

/** A JSON body safe to show a client: typed errors keep their message, others are masked. */
export function errorBody(error: unknown): { error: { code: string; message: string } } {
  if (error instanceof ServiceError || error instanceof CostInputError) {
    return { error: { code: error.code, message: error.message } };
  }
  return { error: { code: 'internal', message: 'Internal server error' } };
}
