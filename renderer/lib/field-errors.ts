import type { Issue } from '../../shared/ipc/result';

/** Field name -> i18n key of its first problem. */
export type FieldErrors = Record<string, string>;

/**
 * Maps validation issues (from the shared zod schemas or from a server VALIDATION error) onto
 * form fields. Update calls nest the fields under `patch`, so that prefix is skipped.
 */
export function issuesToFieldErrors(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path[0] === 'patch' ? issue.path.slice(1) : issue.path;
    const field = path[0];
    if (typeof field !== 'string') continue;
    errors[field] ??= issue.message;
  }
  return errors;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}

export type { Issue };
