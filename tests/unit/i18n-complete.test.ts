import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resources } from '../../renderer/i18n/resources';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function flattenKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [`${prefix}${key}`]
      : flattenKeys(value as object, `${prefix}${key}.`),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/**
 * Every i18n key the other processes can send to the renderer: `validation.*` / `errors.*`
 * string literals, plus `errors.notFound.<what>` built by `notFound('<what>', id)`.
 */
function keysUsedOutsideRenderer(): Map<string, string> {
  const used = new Map<string, string>();
  const literal = /['"`]((?:validation|errors)\.[A-Za-z0-9_.]*[A-Za-z0-9_])['"`]/g;
  const notFound = /\bnotFound\(\s*['"`]([A-Za-z]+)['"`]/g;
  for (const dir of ['shared', 'main']) {
    for (const file of sourceFiles(join(ROOT, dir))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(literal)) used.set(m[1] as string, file);
      for (const m of text.matchAll(notFound)) used.set(`errors.notFound.${m[1] as string}`, file);
    }
  }
  return used;
}

describe('i18n resources', () => {
  const zh = flattenKeys(resources['zh-CN']).sort();
  const en = flattenKeys(resources.en).sort();

  it('has exactly the same keys in zh-CN and en', () => {
    expect(en.filter((k) => !zh.includes(k))).toEqual([]);
    expect(zh.filter((k) => !en.includes(k))).toEqual([]);
  });

  it('has no empty strings', () => {
    for (const locale of [resources['zh-CN'], resources.en]) {
      const empty = flattenKeys(locale).filter((key) => {
        const value = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], locale);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(empty).toEqual([]);
    }
  });

  it('translates every validation.* and errors.* key used by shared/ and main/', () => {
    const used = keysUsedOutsideRenderer();
    expect(used.size).toBeGreaterThan(5);
    const missing = [...used]
      .filter(([key]) => !zh.includes(key))
      .map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('covers the error codes the renderer must always explain', () => {
    for (const key of [
      'errors.validation',
      'errors.internal',
      'errors.unknownChannel',
      'errors.forbidden',
      'errors.notFound.customer',
      'errors.notFound.contact',
      'errors.notFound.interaction',
      'errors.conflict',
      'errors.network',
    ]) {
      expect(zh).toContain(key);
    }
  });
});
