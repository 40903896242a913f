// Test support: reads the host's C# vocabularies, so a code added on the server without a label fails a web test
// instead of showing a raw key to a reader.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const modulesDirectory = resolve(import.meta.dirname, '../../../Workflows.Modules');

export function readModuleFile(relativePath: string): string {
  return readFileSync(join(modulesDirectory, relativePath), 'utf8');
}

/** Every .cs file under the modules project, without build output. */
export function moduleFiles(): string[] {
  return (readdirSync(modulesDirectory, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.cs') && !/(^|[\\/])(bin|obj)[\\/]/.test(f))
    .map((f) => join(modulesDirectory, f));
}

/** The body of `class <name> { … }` (brace-balanced). */
export function classBody(source: string, name: string): string {
  const start = new RegExp(`\\bclass\\s+${name}\\b[^{]*\\{`).exec(source);
  if (!start) throw new Error(`class ${name} not found`);
  let depth = 1;
  let i = start.index + start[0].length;
  const from = i;
  for (; i < source.length && depth > 0; i++) {
    if (source[i] === '{') depth++;
    if (source[i] === '}') depth--;
  }
  return source.slice(from, i - 1);
}

/** `const string Name = "value";` of a class body, by name. */
export function stringConstants(body: string): Map<string, string> {
  return new Map([...body.matchAll(/\bconst\s+string\s+(\w+)\s*=\s*"([^"]*)"\s*;/g)].map((m) => [m[1], m[2]]));
}

/**
 * The values of a collection-expression list `Name … = [ … ];` in a class; items are string literals or constants
 * of the same class.
 */
export function stringList(source: string, className: string, listName: string): string[] {
  const body = classBody(source, className);
  const constants = stringConstants(body);
  const list = new RegExp(`\\b${listName}\\s*(?:\\{\\s*get;\\s*\\})?\\s*=\\s*\\[([^\\]]*)\\]`).exec(body);
  if (!list) throw new Error(`${className}.${listName} not found`);
  return list[1]
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0)
    .map((item) => {
      const literal = /^"([^"]*)"$/.exec(item);
      if (literal) return literal[1];
      const value = constants.get(item);
      if (value === undefined) throw new Error(`${className}.${listName}: cannot resolve ${item}`);
      return value;
    });
}
