import type { ServiceDeps } from '../services/service-deps';

export interface HandlerContext extends ServiceDeps {
  appVersion: string;
}
