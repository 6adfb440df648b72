import { AppError } from '../errors';

// Every message is an i18n key (errors.visits.* / validation.*); the English detail is for logs.

export function visitNotFound(id: string): AppError {
  return new AppError('NOT_FOUND', 'errors.visits.notFound', `visit ${id} not found`);
}

export function unknownCustomer(ids: readonly string[]): AppError {
  return new AppError(
    'NOT_FOUND',
    'errors.visits.unknownCustomer',
    `customer(s) not found or in the trash: ${ids.join(', ')}`,
    [{ path: ['customerId'], message: 'validation.unknownCustomer' }],
  );
}

export function duplicateCustomers(): AppError {
  return new AppError('VALIDATION', 'errors.validation', 'a customer is listed twice', [
    { path: ['customerIds'], message: 'validation.duplicateCustomers' },
  ]);
}

/** A state change the visit's current status does not allow (e.g. completing a cancelled one). */
export function badTransition(
  id: string,
  key: 'cancelled' | 'alreadyDone' | 'alreadyCheckedIn',
): AppError {
  // Literal keys, so the i18n completeness test can see them.
  const messages = {
    cancelled: ['errors.visits.cancelled', `visit ${id} is cancelled`],
    alreadyDone: ['errors.visits.alreadyDone', `visit ${id} is already done`],
    alreadyCheckedIn: ['errors.visits.alreadyCheckedIn', `visit ${id} is already checked in`],
  } as const;
  const [i18nKey, detail] = messages[key];
  return new AppError('CONFLICT', i18nKey, detail);
}

export function notOnDate(ids: readonly string[], date: string): AppError {
  return new AppError(
    'VALIDATION',
    'errors.visits.notOnDate',
    `visit(s) not planned on ${date}: ${ids.join(', ')}`,
    [{ path: ['ids'], message: 'validation.visitNotOnDate' }],
  );
}
