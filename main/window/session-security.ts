import type { Session } from 'electron';
import { contentSecurityPolicy } from './csp';

const CSP_HEADER = 'Content-Security-Policy';

/**
 * Adds the CSP to every HTTP(S) response in the session and refuses every permission
 * (camera, geolocation, notifications, ...): a local CRM page never needs them. file:// pages
 * get no response headers, so the renderer's index.html must carry the same policy in a meta tag.
 */
export function installSessionSecurity(
  session: Pick<
    Session,
    'webRequest' | 'setPermissionRequestHandler' | 'setPermissionCheckHandler'
  >,
  opts: { dev: boolean },
): void {
  const policy = contentSecurityPolicy(opts);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      // Drop any server-sent policy (the dev server's) so ours is the only one in force.
      if (name.toLowerCase() !== CSP_HEADER.toLowerCase()) headers[name] = value;
    }
    headers[CSP_HEADER] = [policy];
    callback({ responseHeaders: headers });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
