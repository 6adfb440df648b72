import { z } from 'zod';
import { isCalendarDate, isIsoInstant } from './dates';
import { checkPhone } from './phone';

// Messages are i18n keys (renderer/i18n resources, `validation.*`), so the renderer shows them
// in the user's language whichever process produced them.

/** Optional free text: '' and whitespace become null. */
export function optionalText(max: number) {
  return z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    z.string().trim().max(max, 'validation.tooLong').nullable(),
  );
}

export function requiredText(max: number) {
  return z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, 'validation.required')
    .max(max, 'validation.tooLong');
}

export const phoneField = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
  z
    .string()
    .trim()
    .max(40, 'validation.tooLong')
    .superRefine((value, ctx) => {
      const result = checkPhone(value);
      if (!result.ok) {
        ctx.addIssue({
          code: 'custom',
          message:
            result.reason === 'letters' ? 'validation.phoneLetters' : 'validation.phoneInvalid',
        });
      }
    })
    .nullable(),
);

export const emailField = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
  z.string().trim().max(254, 'validation.tooLong').email('validation.email').nullable(),
);

export const calendarDateField = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
  z.string().trim().refine(isCalendarDate, 'validation.date').nullable(),
);

export const instantField = z.string().refine(isIsoInstant, 'validation.instant');

export function optionalEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess(
    (v) => (v === '' ? null : v),
    z.enum(values, { error: 'validation.choice' }).nullable(),
  );
}

export const latField = z.preprocess(
  (v) => (v === '' ? null : v),
  z.number().min(-90, 'validation.lat').max(90, 'validation.lat').nullable(),
);
export const lngField = z.preprocess(
  (v) => (v === '' ? null : v),
  z.number().min(-180, 'validation.lng').max(180, 'validation.lng').nullable(),
);

export const idField = z.string().min(1).max(64);

export const tagNameField = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .max(30, 'validation.tooLong');
