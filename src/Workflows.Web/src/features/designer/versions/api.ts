import { api } from '../../../api/client';
import type { Schemas } from '../../../api/types';
import type { WorkflowDefinition } from '../model/definition';

/** kind: user (id = user id), file (id = file name) or system. */
export type DefinitionAuthor = Schemas['DefinitionAuthor'];
/** status: Draft or Published (the store's enum name). */
export type DefinitionVersionItem = Schemas['DefinitionVersionListItem'];

export const versionKeys = {
  list: (definitionId: string) => ['viewer', 'versions', definitionId] as const,
  body: (definitionId: string, version: number) => ['viewer', 'definition-version', definitionId, version] as const,
};

/** Newest first. */
export const listVersions = (definitionId: string) =>
  api.get<DefinitionVersionItem[]>(`/api/definitions/${encodeURIComponent(definitionId)}/versions`);

export const getVersion = (definitionId: string, version: number) =>
  api.get<WorkflowDefinition>(`/api/definitions/${encodeURIComponent(definitionId)}/versions/${version}`);
