import { api } from '../../../api/client';
import type { Schemas } from '../../../api/types';
import type { WorkflowDefinition } from '../model/definition';

/** The states the viewer draws; the API sends `state` as a plain string, and one it does not know shows as notReached. */
export type ActivityState = 'done' | 'waiting' | 'faulted' | 'notReached' | 'active';

/** waitingFor.kind: task (name = task title), event (name = event name) or timer. */
export type InstanceActivity = Schemas['ActivityStateResponse'];
export type InstanceActivities = Schemas['InstanceActivitiesResponse'];
export type InstanceDetails = Schemas['InstanceResponse'];
export type JournalEntry = Schemas['JournalEntryResponse'];

export const instanceKeys = {
  all: ['viewer', 'instance'] as const,
  one: (id: string) => ['viewer', 'instance', id] as const,
  definition: (definitionId: string, version: number) => ['viewer', 'definition-version', definitionId, version] as const,
};

export const getInstance = (id: string) => api.get<InstanceDetails>(`/api/instances/${encodeURIComponent(id)}`);
export const getInstanceActivities = (id: string) => api.get<InstanceActivities>(`/api/instances/${encodeURIComponent(id)}/activities`);
export const retryInstance = (id: string) => api.post<InstanceDetails>(`/api/instances/${encodeURIComponent(id)}/retry`);
export const cancelInstance = (id: string) => api.post<InstanceDetails>(`/api/instances/${encodeURIComponent(id)}/cancel`);
export const getDefinitionVersion = (definitionId: string, version: number) =>
  api.get<WorkflowDefinition>(`/api/definitions/${encodeURIComponent(definitionId)}/versions/${version}`);
