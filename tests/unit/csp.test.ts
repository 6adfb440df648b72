import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../main/window/csp';

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

describe('contentSecurityPolicy', () => {
  for (const dev of [false, true]) {
    describe(dev ? 'dev' : 'production', () => {
      const policy = contentSecurityPolicy({ dev });
      const parsed = directives(policy);

      it('allows scripts only from the app itself', () => {
        expect(parsed.get('script-src')).toEqual(["'self'"]);
        expect(parsed.get('default-src')).toEqual(["'self'"]);
      });

      it('never allows eval or inline scripts', () => {
        expect(policy).not.toContain('unsafe-eval');
        expect(parsed.get('script-src')).not.toContain("'unsafe-inline'");
      });

      it('names no remote hosts', () => {
        const sources = [...parsed.values()].flat();
        const remote = sources.filter(
          (s) => /^(https?|wss?):/.test(s) && !/^wss?:\/\/(localhost|127\.0\.0\.1):\*$/.test(s),
        );
        expect(remote).toEqual([]);
        expect(sources).not.toContain('*');
        expect(sources).not.toContain('https:');
      });

      it('locks down plugins, base, forms and framing', () => {
        expect(parsed.get('object-src')).toEqual(["'none'"]);
        expect(parsed.get('base-uri')).toEqual(["'none'"]);
        expect(parsed.get('form-action')).toEqual(["'none'"]);
        expect(parsed.get('frame-ancestors')).toEqual(["'none'"]);
      });
    });
  }

  it('opens the Vite HMR websocket only in dev', () => {
    expect(directives(contentSecurityPolicy({ dev: false })).get('connect-src')).toEqual([
      "'self'",
    ]);
    expect(directives(contentSecurityPolicy({ dev: true })).get('connect-src')).toContain(
      'ws://localhost:*',
    );
  });
});
