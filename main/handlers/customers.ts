import type { Handlers } from '../../shared/ipc/contract';
import {
  createCustomer,
  getCustomerDetail,
  listCustomers,
  removeCustomer,
  restoreCustomer,
  updateCustomer,
} from '../services/customers.service';
import { customerFacets, findDuplicates } from '../services/customer-lookup.service';
import type { HandlerContext } from './handler-context';

type CustomerChannels =
  | 'customers.list'
  | 'customers.get'
  | 'customers.create'
  | 'customers.update'
  | 'customers.remove'
  | 'customers.restore'
  | 'customers.findDuplicates'
  | 'customers.facets';

export function customerHandlers(ctx: HandlerContext): Pick<Handlers, CustomerChannels> {
  return {
    'customers.list': (input) => listCustomers(ctx, input),
    'customers.get': ({ id }) => getCustomerDetail(ctx, id),
    'customers.create': (input) => createCustomer(ctx, input),
    'customers.update': ({ id, patch }) => updateCustomer(ctx, id, patch),
    'customers.remove': ({ id }) => removeCustomer(ctx, id),
    'customers.restore': ({ id }) => restoreCustomer(ctx, id),
    'customers.findDuplicates': (input) => findDuplicates(ctx, input),
    'customers.facets': () => customerFacets(ctx),
  };
}
