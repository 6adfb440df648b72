export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One validation problem: `path` into the input, `message` an i18n key (validation.*). */
export interface Issue {
  path: (string | number)[];
  message: string;
}

export interface AppErrorShape {
  code: ErrorCode;
  /** An i18n key (errors.*) the renderer translates; English fallback text in `detail`. */
  message: string;
  detail?: string;
  issues?: Issue[];
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };
