import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadResources } from '../../../i18n/resources';
import { classBody, moduleFiles, stringConstants, stringList } from '../../../test/csharp';
import { inputTextKey, shippedActivityInputs } from './activityInputs';

type Tree = { [key: string]: string | Tree };

interface ServerInput {
  name: string;
  help: boolean;
  options: string[];
}

const activitiesDirectory = resolve(import.meta.dirname, '../../../../../Workflows.Activities');

function csFiles(directory: string): string[] {
  return (readdirSync(directory, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.cs') && !/(^|[\\/])(bin|obj)[\\/]/.test(f))
    .map((f) => join(directory, f));
}

const sources = [...csFiles(activitiesDirectory), ...moduleFiles()].map((file) => readFileSync(file, 'utf8'));

/** `Options = [A, "b"]` of the activity's own class, or `Options = SomeClass.List` declared anywhere on the server. */
function optionsOf(expression: string, source: string): string[] {
  const list = /^\[([^\]]*)\]$/.exec(expression);
  if (list) {
    const className = /\bclass\s+(\w+)/.exec(source)![1];
    const constants = stringConstants(classBody(source, className));
    return list[1].split(',').map((s) => s.trim()).filter(Boolean).map((item) => /^"([^"]*)"$/.exec(item)?.[1] ?? constants.get(item)!);
  }
  const [className, listName] = expression.split('.');
  const declaring = sources.find((s) => new RegExp(`\\bclass\\s+${className}\\b`).test(s));
  if (!declaring) throw new Error(`class ${className} not found`);
  return stringList(declaring, className, listName);
}

/** The activity descriptors as the server declares them, read from its C# sources. */
function serverDescriptors(): Map<string, ServerInput[]> {
  const descriptors = new Map<string, ServerInput[]>();
  for (const source of sources.filter((s) => /ActivityDescriptor\s+Descriptor\b/.test(s))) {
    const descriptor = source.slice(source.search(/ActivityDescriptor\s+Descriptor\b/));
    const keyExpression = /\bKey\s*=\s*("([^"]+)"|(\w+))\s*,/.exec(descriptor)!;
    const key = keyExpression[2] ?? /\bconst\s+string\s+Key\s*=\s*"([^"]+)"/.exec(source)![1];
    const inputs = [...descriptor.matchAll(/new\(\)\s*\{\s*Name\s*=\s*"(\w+)",\s*Type\s*=\s*InputType[^\n]*/g)].map((m) => {
      const options = /\bOptions\s*=\s*(\[[^\]]*\]|[\w.]+)/.exec(m[0]);
      return { name: m[1], help: /\bDescription\s*=/.test(m[0]), options: options ? optionsOf(options[1], source) : [] };
    });
    descriptors.set(key, inputs);
  }
  return descriptors;
}

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' && node.trim() !== '' ? node : undefined;
}

describe('activity input texts', () => {
  const resources = loadResources();

  it('lists exactly the inputs, help and options of the activities the server ships', () => {
    const server = serverDescriptors();
    expect(server.size).toBeGreaterThanOrEqual(17);
    const listed = Object.fromEntries(
      Object.entries(shippedActivityInputs).map(([type, inputs]) => [
        type,
        Object.entries(inputs).map(([name, i]) => ({ name, help: i.help ?? false, options: [...(i.options ?? [])] })).sort((a, b) => a.name.localeCompare(b.name)),
      ]),
    );
    const declared = Object.fromEntries(
      [...server]
        .filter(([, inputs]) => inputs.length > 0)
        .map(([type, inputs]) => [type, [...inputs].sort((a, b) => a.name.localeCompare(b.name))]),
    );
    // Help may be added where the server has none (help: true); it may never be missing where the server has it.
    for (const [type, inputs] of Object.entries(declared)) {
      for (const input of inputs) {
        const ours = listed[type]?.find((i) => i.name === input.name);
        expect(ours, `${type}.${input.name} is not in shippedActivityInputs`).toBeDefined();
        if (input.help) expect(ours!.help, `${type}.${input.name} has help on the server`).toBe(true);
        expect(ours!.options, `${type}.${input.name} options`).toEqual(input.options);
      }
    }
    expect(Object.keys(listed).sort()).toEqual(Object.keys(declared).sort());
    for (const type of Object.keys(listed)) expect(listed[type].map((i) => i.name), type).toEqual(declared[type].map((i) => i.name));
  });

  for (const language of ['en', 'sr-Latn', 'sr-Cyrl'] as const) {
    it(`words every listed input, its help and its options in ${language}`, () => {
      const tree = resources[language].activityInputs;
      const missing: string[] = [];
      for (const [type, inputs] of Object.entries(shippedActivityInputs)) {
        for (const [name, input] of Object.entries(inputs)) {
          const keys = [inputTextKey.label(type, name), ...(input.help ? [inputTextKey.help(type, name)] : []), ...(input.options ?? []).map((o) => inputTextKey.option(type, name, o))];
          missing.push(...keys.filter((key) => !lookup(tree, key)));
        }
      }
      expect(missing).toEqual([]);
    });
  }

  it('has no texts for inputs that are not listed (a renamed input would keep a stale label)', () => {
    const extra: string[] = [];
    const walk = (tree: Tree, prefix: string[]) => {
      if ('label' in tree) {
        const name = prefix[prefix.length - 1];
        const type = prefix.slice(0, -1).join('.');
        if (!shippedActivityInputs[type]?.[name]) extra.push(prefix.join('.'));
        return;
      }
      for (const [k, v] of Object.entries(tree)) if (typeof v === 'object') walk(v, [...prefix, k]);
    };
    walk(resources.en.activityInputs, []);
    expect(extra).toEqual([]);
  });
});
