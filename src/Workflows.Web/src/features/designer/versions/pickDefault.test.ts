import { describe, expect, it } from 'vitest';
import type { DefinitionVersionItem } from './api';
import { defaultPair } from './pickDefault';

const v = (version: number, status: string): DefinitionVersionItem => ({ version, status, name: 'x', savedAt: '2026-01-01T00:00:00Z', savedBy: { kind: 'system', id: 's', displayName: null }, publishedAt: null, publishedBy: null });

describe('defaultPair', () => {
  it('compares the latest published version with the draft', () => {
    expect(defaultPair([v(4, 'Draft'), v(3, 'Published'), v(2, 'Published')])).toEqual({ from: 3, to: 4 });
  });
  it('compares the two newest versions when there is no newer draft', () => {
    expect(defaultPair([v(2, 'Published'), v(1, 'Published')])).toEqual({ from: 1, to: 2 });
  });
  it('handles a single version and none', () => {
    expect(defaultPair([v(1, 'Published')])).toEqual({ from: 1, to: 1 });
    expect(defaultPair([])).toBeNull();
  });
});
