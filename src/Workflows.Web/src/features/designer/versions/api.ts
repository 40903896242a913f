import { api } from '../../../api/client';
import type { WorkflowDefinition } from '../model/definition';

// not yet in openapi.json: GET /api/definitions/{id}/versions, written by hand from ListDefinitionVersionsEndpoint.cs.

export interface DefinitionAuthor {
  /** user (id = user id), file (id = file name) or system. */
  kind: 'user' | 'file' | 'system' | string;
  id: string;
  displayName?: string | null;
}

export interface DefinitionVersionItem {
  version: number;
  /** Draft or Published (the store's enum name). */
  status: string;
  name: string;
  savedAt: string;
  savedBy: DefinitionAuthor;
  publishedAt?: string | null;
  publishedBy?: DefinitionAuthor | null;
}

export const versionKeys = {
  list: (definitionId: string) => ['viewer', 'versions', definitionId] as const,
  body: (definitionId: string, version: number) => ['viewer', 'definition-version', definitionId, version] as const,
};

/** Newest first. */
export const listVersions = (definitionId: string) =>
  api.get<DefinitionVersionItem[]>(`/api/definitions/${encodeURIComponent(definitionId)}/versions`);

export const getVersion = (definitionId: string, version: number) =>
  api.get<WorkflowDefinition>(`/api/definitions/${encodeURIComponent(definitionId)}/versions/${version}`);
