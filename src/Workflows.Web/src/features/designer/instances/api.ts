import { http, unwrap } from '../../../api/http';
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

const byId = (id: string) => ({ params: { path: { id } } });

export const getInstance = (id: string): Promise<InstanceDetails> => unwrap(http.GET('/api/instances/{id}', byId(id)));
export const getInstanceActivities = (id: string): Promise<InstanceActivities> => unwrap(http.GET('/api/instances/{id}/activities', byId(id)));
export const retryInstance = (id: string): Promise<InstanceDetails> => unwrap(http.POST('/api/instances/{id}/retry', byId(id)));
export const cancelInstance = (id: string): Promise<InstanceDetails> => unwrap(http.POST('/api/instances/{id}/cancel', byId(id)));
export const getDefinitionVersion = async (definitionId: string, version: number): Promise<WorkflowDefinition> =>
  (await unwrap(http.GET('/api/definitions/{definitionId}/versions/{version}', { params: { path: { definitionId, version } } }))) as WorkflowDefinition;
