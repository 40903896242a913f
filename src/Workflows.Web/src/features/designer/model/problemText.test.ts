import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classBody, stringConstants } from '../../../test/csharp';
import { loadResources } from '../../../i18n/resources';

// Issue 21.2: every code a definition's validation can answer with has a text in each language, so the designer never
// falls back to the engine's English message for a known problem. The codes are read from the C# sources: every
// class named *ValidationCodes in the engine, the activities and the modules.
const sources = ['Workflows.Engine', 'Workflows.Activities', 'Workflows.Modules'].map((p) => resolve(import.meta.dirname, '../../../../..', p));

function validationCodes(): string[] {
  const codes: string[] = [];
  for (const directory of sources) {
    for (const file of readdirSync(directory, { recursive: true }) as string[]) {
      if (!file.endsWith('.cs') || /(^|[\\/])(bin|obj)[\\/]/.test(file)) continue;
      const source = readFileSync(join(directory, file), 'utf8');
      for (const [, name] of source.matchAll(/\bclass\s+(\w*ValidationCodes)\b/g)) codes.push(...stringConstants(classBody(source, name)).values());
    }
  }
  return codes;
}

describe('texts of validation problems', () => {
  const resources = loadResources();
  const codes = validationCodes();

  it('finds the codes of the engine and the modules', () => {
    expect(codes).toContain('missingInput');
    expect(codes).toContain('taskNeedsRole');
    expect(codes).toContain('unknownRole');
    expect(codes).toContain('referralNeedsPartner');
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(['en', 'sr-Latn', 'sr-Cyrl'] as const)('has a text for every code in %s', (language) => {
    const texts = resources[language].problems as Record<string, string>;
    expect(codes.filter((code) => !texts[code]?.trim())).toEqual([]);
    expect(Object.keys(texts).filter((key) => !codes.includes(key))).toEqual([]);
  });

  it('writes Serbian Cyrillic with the JSON keywords Latin', () => {
    const texts = resources['sr-Cyrl'].problems as Record<string, string>;
    expect(texts.missingInput).toBe("Активности '{{activity}}' недостаје обавезно поље '{{input}}'.");
    expect(texts.anchorNotDate).toContain("'of'");
  });
});
