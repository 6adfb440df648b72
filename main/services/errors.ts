import type { ErrorCode, Issue } from '../../shared/ipc/result';

/** An expected failure a handler reports to the caller (not a crash). */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** i18n key under `errors.` that the renderer shows. */
    readonly key: string,
    detail?: string,
    readonly issues?: Issue[],
  ) {
    super(detail ?? key);
    this.name = 'AppError';
  }
}

export function notFound(what: string, id: string): AppError {
  return new AppError('NOT_FOUND', `errors.notFound.${what}`, `${what} ${id} not found`);
}

export function invalid(path: (string | number)[], message: string): AppError {
  return new AppError('VALIDATION', 'errors.validation', message, [{ path, message }]);
}
