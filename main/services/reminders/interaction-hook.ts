import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { closeNoContactForCustomer } from '../../../db/repositories/reminders-rules.repository';

/**
 * Called by the interactions service inside its transaction: a logged contact ends the
 * customer's "no contact for N days" follow-up at once, without waiting for the next rule run.
 */
export function closeNoContactFollowUps(
  trx: Kysely<Database>,
  customerId: string,
  now: string,
): Promise<number> {
  return closeNoContactForCustomer(trx, customerId, now);
}
