import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadResources } from '../../../i18n/resources';
import { moduleFiles } from '../../../test/csharp';
import { shippedActivityTypes, typeTextKey } from './activityTypes';

type Tree = { [key: string]: string | Tree };

const activitiesDirectory = resolve(import.meta.dirname, '../../../../../Workflows.Activities');
const activityFiles = (readdirSync(activitiesDirectory, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.cs') && !/(^|[\\/])(bin|obj)[\\/]/.test(f))
  .map((f) => join(activitiesDirectory, f));

/** Key and category of every activity descriptor the server declares, read from its C# sources. */
function serverTypes(): { key: string; category: string }[] {
  return [...activityFiles, ...moduleFiles()]
    .map((file) => readFileSync(file, 'utf8'))
    .filter((source) => /ActivityDescriptor\s+Descriptor\b/.test(source))
    .map((source) => {
      const descriptor = source.slice(source.search(/ActivityDescriptor\s+Descriptor\b/));
      const keyExpression = /\bKey\s*=\s*("([^"]+)"|(\w+))\s*,/.exec(descriptor)!;
      const key = keyExpression[2] ?? /\bconst\s+string\s+Key\s*=\s*"([^"]+)"/.exec(source)![1];
      return { key, category: /\bCategory\s*=\s*"([^"]+)"/.exec(descriptor)![1] };
    });
}

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' && node.trim() !== '' ? node : undefined;
}

describe('activity type names', () => {
  const resources = loadResources();
  const server = serverTypes();

  it('lists exactly the activity types the server ships', () => {
    expect(server.length).toBeGreaterThanOrEqual(17);
    expect([...shippedActivityTypes].sort()).toEqual(server.map((s) => s.key).sort());
  });

  for (const language of ['en', 'sr-Latn', 'sr-Cyrl'] as const) {
    it(`names every shipped type and category in ${language}`, () => {
      const tree = resources[language].activityTypes;
      const keys = [...server.map((s) => typeTextKey.name(s.key)), ...new Set(server.map((s) => typeTextKey.category(s.category)))];
      expect(keys.filter((key) => !lookup(tree, key))).toEqual([]);
    });
  }

  it('names no type the server does not ship (a renamed type would keep a stale name)', () => {
    const named: string[] = [];
    const walk = (tree: Tree, prefix: string[]) => {
      for (const [k, v] of Object.entries(tree)) {
        if (prefix.length === 0 && k === 'categories') continue;
        if (k === 'name' && typeof v === 'string') named.push(prefix.join('.'));
        else if (typeof v === 'object') walk(v, [...prefix, k]);
      }
    };
    walk(resources.en.activityTypes, []);
    expect(named.sort()).toEqual([...shippedActivityTypes].sort());
  });

  it('says them in Serbian, not in English', () => {
    const latin = resources['sr-Latn'].activityTypes;
    expect(lookup(latin, typeTextKey.name('task.human'))).toBe('Zadatak za zaposlenog');
    expect(lookup(resources['sr-Cyrl'].activityTypes, typeTextKey.name('flow.decision'))).toBe('Одлука (да/не)');
    for (const type of shippedActivityTypes) expect(lookup(latin, typeTextKey.name(type))).not.toBe(lookup(resources.en.activityTypes, typeTextKey.name(type)));
  });
});
