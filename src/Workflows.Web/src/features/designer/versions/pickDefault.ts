import type { DefinitionVersionItem } from './api';

/** The default comparison: latest published → newest draft; else the two newest versions; else the only one with itself. */
export function defaultPair(versions: DefinitionVersionItem[]): { from: number; to: number } | null {
  if (versions.length === 0) return null;
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  const published = newestFirst.find((v) => v.status === 'Published');
  const draft = newestFirst.find((v) => v.status === 'Draft');
  if (published && draft && draft.version > published.version) return { from: published.version, to: draft.version };
  if (newestFirst.length >= 2) return { from: newestFirst[1].version, to: newestFirst[0].version };
  return { from: newestFirst[0].version, to: newestFirst[0].version };
}
