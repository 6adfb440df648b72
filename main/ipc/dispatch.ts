import { contract, isChannel, type Handlers } from '../../shared/ipc/contract';
import type { Envelope, Issue } from '../../shared/ipc/result';
import { AppError } from '../services/errors';

export type Dispatch = (channel: string, input: unknown) => Promise<Envelope<unknown>>;

export interface DispatchOptions {
  /** Called with unexpected errors (bugs), so they reach the log instead of vanishing. */
  onUnexpected?: (channel: string, error: unknown) => void;
}

function toIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Issue[] {
  return issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
    message: issue.message,
  }));
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_'));
}

/**
 * Electron-free IPC core: validate the input against the contract, call the handler, and
 * answer an envelope. Never throws; a bad input is a VALIDATION error, a bug is INTERNAL.
 */
export function createDispatch(handlers: Handlers, options: DispatchOptions = {}): Dispatch {
  return async (channel, input) => {
    if (!isChannel(channel)) {
      return {
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', message: 'errors.unknownChannel', detail: channel },
      };
    }
    const parsed = contract[channel].input.safeParse(input);
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          code: 'VALIDATION',
          message: 'errors.validation',
          issues: toIssues(parsed.error.issues),
        },
      };
    }
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) {
        return {
          ok: false,
          error: {
            code: error.code,
            message: error.key,
            detail: error.message,
            ...(error.issues ? { issues: error.issues } : {}),
          },
        };
      }
      if (isBusy(error)) {
        // Another connection (an import, a restore) holds the write lock longer than the busy
        // timeout: tell the user to retry rather than report a bug.
        return {
          ok: false,
          error: { code: 'CONFLICT', message: 'errors.databaseBusy', detail: String(error) },
        };
      }
      options.onUnexpected?.(channel, error);
      return {
        ok: false,
        error: {
          code: 'INTERNAL',
          message: 'errors.internal',
          detail: error instanceof Error ? error.message : String(error),
        },
      };
    }
  };
}
