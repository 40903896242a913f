import { useQuery, type QueryClient } from '@tanstack/react-query';
import { http, quietUnauthorized, unwrap } from '../../api/http';
import type { Schemas } from '../../api/types';
import type { ActivityType } from './model/descriptors';
import type { WorkflowDefinition } from './model/definition';
import { simulationKeys } from './simulation/api';
import { versionKeys } from './versions/api';

export type DefinitionSummary = Schemas['DefinitionSummary'];
export type DefinitionDetails = Omit<Schemas['DefinitionDetails'], 'definition'> & { definition: WorkflowDefinition };
export type ValidationResult = Schemas['DefinitionValidationResult'];
export type StaffMember = Schemas['StaffMemberResponse'];

export const designerKeys = {
  all: ['designer'] as const,
  activityTypes: ['designer', 'activity-types'] as const,
  definitions: ['designer', 'definitions'] as const,
  definition: (id: string) => ['designer', 'definitions', id] as const,
  users: ['designer', 'users'] as const,
};

// What a stored change makes stale besides the editor's own copy: the list, this definition's version history and the
// simulator's source (the newest draft); publishing also changes what the designer's other pages show.
const viewerOf = (definitionId: string) => [versionKeys.list(definitionId), versionKeys.bodies(definitionId), simulationKeys.definition(definitionId)];

export function afterDraftSaved(client: QueryClient, definitionId: string): Promise<unknown> {
  return Promise.all([designerKeys.definitions, ...viewerOf(definitionId)].map((queryKey) => client.invalidateQueries({ queryKey })));
}

export function afterPublished(client: QueryClient, definitionId: string): Promise<unknown> {
  return Promise.all([designerKeys.all, ...viewerOf(definitionId)].map((queryKey) => client.invalidateQueries({ queryKey })));
}

export function useActivityTypes() {
  return useQuery({
    queryKey: designerKeys.activityTypes,
    // The document types the descriptors loosely; the designer's own type names what it reads of them.
    queryFn: async ({ signal }) => (await unwrap(http.GET('/api/activity-types', { signal }))) as ActivityType[],
    staleTime: Infinity,
  });
}

export function useDefinitions() {
  return useQuery({
    queryKey: designerKeys.definitions,
    queryFn: ({ signal }) => unwrap(http.GET('/api/definitions', { signal })),
  });
}

export function useDefinition(id: string) {
  return useQuery({
    queryKey: designerKeys.definition(id),
    queryFn: async ({ signal }) => (await unwrap(http.GET('/api/definitions/{definitionId}', { params: { path: { definitionId: id } }, signal }))) as DefinitionDetails,
    retry: false,
    // The editor keeps its own copy; refetching under it would only confuse.
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  });
}

/** The active staff (coordinators, directors and admins may list them; the designer is theirs). */
export function useUsers() {
  return useQuery({
    queryKey: designerKeys.users,
    queryFn: ({ signal }) => unwrap(http.GET('/api/staff', { signal, ...quietUnauthorized })),
    retry: false,
    staleTime: 5 * 60_000,
  });
}

// The editor's WorkflowDefinition is the document's definition with the designer's own narrower types.
type DefinitionBody = Schemas['WorkflowDefinition'];

export const validateDefinition = (definition: WorkflowDefinition, signal?: AbortSignal): Promise<ValidationResult> =>
  unwrap(http.POST('/api/definitions/validate', { body: definition as DefinitionBody, signal }));

export const saveDraft = (definition: WorkflowDefinition): Promise<Schemas['DraftSaved']> =>
  unwrap(http.PUT('/api/definitions/{definitionId}', { params: { path: { definitionId: definition.definitionId } }, body: definition as DefinitionBody }));

export const publishDefinition = (id: string): Promise<Schemas['DefinitionPublished']> =>
  unwrap(http.POST('/api/definitions/{definitionId}/publish', { params: { path: { definitionId: id } } }));

