import type { Json } from '../model/definition';

export type ValueMode = 'literal' | 'template' | 'expression';

export function isScript(value: Json | undefined): value is { js: string } {
  return !!value && typeof value === 'object' && !Array.isArray(value) && typeof value.js === 'string';
}

/** How a stored value is written: { js } is a script, a string with {{ or {% a Liquid template, anything else literal. */
export function modeOf(value: Json | undefined, allowed: string[]): ValueMode {
  if (isScript(value)) return 'expression';
  if (typeof value === 'string' && /{{|{%/.test(value) && allowed.includes('template')) return 'template';
  if (!allowed.includes('literal') && allowed.includes('expression')) return 'expression';
  return 'literal';
}

/** The value after switching mode, keeping the text where that makes sense. */
export function convertValue(value: Json | undefined, to: ValueMode): Json | undefined {
  const text = isScript(value) ? value.js : typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);
  if (to === 'expression') return { js: text };
  return text === '' ? undefined : text;
}
