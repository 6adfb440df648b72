// Pure: no electron import, so the dev/test bridge can serve the very same policy.

export interface CspOptions {
  /** Dev adds Vite's HMR websocket; the packaged app never connects anywhere. */
  dev: boolean;
}

/**
 * The one Content-Security-Policy for the renderer. No remote hosts and no 'unsafe-eval';
 * 'unsafe-inline' only for styles because React and libraries set inline style attributes.
 */
export function contentSecurityPolicy(opts: CspOptions): string {
  const connect = opts.dev ? "'self' ws://localhost:* ws://127.0.0.1:*" : "'self'";
  const directives: [string, string][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self' 'unsafe-inline'"],
    ['img-src', "'self' data:"],
    ['font-src', "'self' data:"],
    ['connect-src', connect],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}
