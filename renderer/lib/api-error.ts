import type { ErrorCode, Issue } from '../../shared/ipc/result';

export type ApiErrorCode = ErrorCode | 'NETWORK';

/** A failed call: `messageKey` is an i18n key (errors.*), `issues` carry validation.* keys. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    readonly messageKey: string,
    readonly issues: Issue[] = [],
    readonly detail?: string,
  ) {
    super(detail ?? messageKey);
    this.name = 'ApiError';
  }
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(
    'INTERNAL',
    'errors.internal',
    [],
    error instanceof Error ? error.message : String(error),
  );
}
