import { z } from 'zod';
import { idField } from '../../domain/fields';

export const byId = z.object({ id: idField }).strict();
export const byCustomer = z.object({ customerId: idField }).strict();
export const none = z.object({}).strict().optional();
export const removed = z.object({ id: z.string() });
