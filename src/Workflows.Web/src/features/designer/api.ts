import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Schemas } from '../../api/types';
import type { ActivityType } from './model/descriptors';
import type { WorkflowDefinition } from './model/definition';

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

export function useActivityTypes() {
  return useQuery({
    queryKey: designerKeys.activityTypes,
    queryFn: ({ signal }) => api.get<ActivityType[]>('/api/activity-types', { signal }),
    staleTime: Infinity,
  });
}

export function useDefinitions() {
  return useQuery({
    queryKey: designerKeys.definitions,
    queryFn: ({ signal }) => api.get<DefinitionSummary[]>('/api/definitions', { signal }),
  });
}

export function useDefinition(id: string) {
  return useQuery({
    queryKey: designerKeys.definition(id),
    queryFn: ({ signal }) => api.get<DefinitionDetails>(`/api/definitions/${encodeURIComponent(id)}`, { signal }),
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
    queryFn: ({ signal }) => api.get<StaffMember[]>('/api/staff', { signal, quietUnauthorized: true }),
    retry: false,
    staleTime: 5 * 60_000,
  });
}

export const validateDefinition = (definition: WorkflowDefinition, signal?: AbortSignal) =>
  api.post<ValidationResult>('/api/definitions/validate', definition, { signal });

export const saveDraft = (definition: WorkflowDefinition) =>
  api.put<Schemas['DraftSaved']>(`/api/definitions/${encodeURIComponent(definition.definitionId)}`, definition);

export const publishDefinition = (id: string) =>
  api.post<Schemas['DefinitionPublished']>(`/api/definitions/${encodeURIComponent(id)}/publish`);

