import { AppError } from '../errors';

// Every message is an i18n key; the English detail is for logs and the fallback.

export function unknownCustomer(id: string): AppError {
  return new AppError('NOT_FOUND', 'errors.reminders.unknownCustomer', `customer ${id} not found`, [
    { path: ['customerId'], message: 'validation.unknownCustomer' },
  ]);
}

export function reminderNotFound(id: string): AppError {
  return new AppError('NOT_FOUND', 'errors.reminders.notFound', `reminder ${id} not found`);
}

export function notOpen(id: string): AppError {
  return new AppError(
    'CONFLICT',
    'errors.reminders.notOpen',
    `reminder ${id} is already done or dismissed`,
  );
}

export function snoozeInPast(): AppError {
  return new AppError(
    'VALIDATION',
    'errors.reminders.snoozeInPast',
    'snooze time must be in the future',
    [{ path: ['until'], message: 'validation.snoozeInPast' }],
  );
}

export function alreadyOpen(id: string): AppError {
  return new AppError('CONFLICT', 'errors.reminders.alreadyOpen', `reminder ${id} is open`);
}
