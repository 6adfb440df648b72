import type { Handlers } from '../../shared/ipc/contract';
import {
  createContact,
  listContacts,
  removeContact,
  updateContact,
} from '../services/contacts.service';
import type { HandlerContext } from './handler-context';

type ContactChannels =
  'contacts.create' | 'contacts.update' | 'contacts.remove' | 'contacts.listByCustomer';

export function contactHandlers(ctx: HandlerContext): Pick<Handlers, ContactChannels> {
  return {
    'contacts.create': (input) => createContact(ctx, input),
    'contacts.update': ({ id, patch }) => updateContact(ctx, id, patch),
    'contacts.remove': ({ id }) => removeContact(ctx, id),
    'contacts.listByCustomer': ({ customerId }) => listContacts(ctx, customerId),
  };
}
