import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';

// openapi.json is kept equal to the host's document by an integration test; this keeps the generated types equal
// to openapi.json, so the compiler checks the web app against the API as it is.
describe('generated API types', () => {
  it('are up to date with openapi.json (run `npm run api:types`)', async () => {
    const root = resolve(import.meta.dirname, '../..');
    const document = JSON.parse(readFileSync(resolve(root, 'openapi.json'), 'utf8'));
    const generated = astToString(await openapiTS(document));
    const committed = readFileSync(resolve(root, 'src/api/schema.d.ts'), 'utf8');
    const body = (text: string) => text.replace(/^\/\*\*[\s\S]*?\*\/\s*/, '').trim();
    expect(body(committed)).toBe(body(generated));
  });
});
