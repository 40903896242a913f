import { api } from '../../../api/client';
import type { Schemas } from '../../../api/types';
import type { WorkflowDefinition } from '../model/definition';

// not yet in openapi.json: GET /api/instances/{id}/activities, written by hand from GetInstanceActivities.cs.

export type ActivityState = 'done' | 'waiting' | 'faulted' | 'notReached' | 'active';

export interface ActivityWait {
  /** task (name = task title), event (name = event name) or timer. */
  kind: string;
  name?: string | null;
  due?: string | null;
  taskId?: string | null;
}

export interface ActivityIncident {
  id: string;
  message: string;
  at: string;
}

export interface InstanceActivity {
  activityId: string;
  type: string;
  name?: string | null;
  state: ActivityState;
  completedAt?: string | null;
  outcome?: string | null;
  waitingFor?: ActivityWait | null;
  incident?: ActivityIncident | null;
}

export interface InstanceActivities {
  instanceId: string;
  definitionId: string;
  version: number;
  status: string;
  activities: InstanceActivity[];
}

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
