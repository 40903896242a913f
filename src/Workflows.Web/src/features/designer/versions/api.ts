import { http, unwrap } from '../../../api/http';
import type { Schemas } from '../../../api/types';
import type { WorkflowDefinition } from '../model/definition';

/** kind: user (id = user id), file (id = file name) or system. */
export type DefinitionAuthor = Schemas['DefinitionAuthor'];
/** status: Draft or Published (the store's enum name). */
export type DefinitionVersionItem = Schemas['DefinitionVersionListItem'];

export const versionKeys = {
  list: (definitionId: string) => ['viewer', 'versions', definitionId] as const,
  body: (definitionId: string, version: number) => ['viewer', 'definition-version', definitionId, version] as const,
  /** Every version body of one definition (a draft's body changes when it is saved again). */
  bodies: (definitionId: string) => ['viewer', 'definition-version', definitionId] as const,
};

/** Newest first. */
export const listVersions = (definitionId: string): Promise<DefinitionVersionItem[]> =>
  unwrap(http.GET('/api/definitions/{definitionId}/versions', { params: { path: { definitionId } } }));

export const getVersion = async (definitionId: string, version: number): Promise<WorkflowDefinition> =>
  (await unwrap(http.GET('/api/definitions/{definitionId}/versions/{version}', { params: { path: { definitionId, version } } }))) as WorkflowDefinition;
