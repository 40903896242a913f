import { api } from '../../../api/client';
import type { Schemas } from '../../../api/types';
import type { Json, WorkflowDefinition } from '../model/definition';

// not yet in openapi.json: POST /api/definitions/simulate (ADR 0013), written by hand from SimulateDefinitionEndpoint.cs.

export interface SimulationChoice {
  outcome?: string;
  data?: { [key: string]: Json };
  afterWorkingDays?: number;
  late?: boolean;
}

export interface SimulationRequest {
  definition: WorkflowDefinition;
  startAt?: string;
  input?: { [key: string]: Json };
  choices?: Record<string, SimulationChoice>;
  maxSteps?: number;
}

export type SimulationStepKind =
  | 'activity'
  | 'taskCreated'
  | 'taskCompleted'
  | 'escalation'
  | 'timer'
  | 'handoff'
  | 'phase'
  | 'waiting'
  | 'finished'
  | 'fault'
  | 'limit';

export interface SimulationStep {
  at: string;
  kind: SimulationStepKind | string;
  activityId?: string;
  activityType?: string;
  name?: string;
  role?: string;
  dueAt?: string;
  outcome?: string;
  escalationLevel?: number;
  message?: string;
}

export type SimulationStatus = 'Completed' | 'Waiting' | 'Faulted' | 'LimitReached' | 'Invalid';

export interface SimulationResponse {
  steps: SimulationStep[];
  finalStatus: SimulationStatus | string;
  problems: string[];
}

export function simulate(request: SimulationRequest): Promise<SimulationResponse> {
  return api.post<SimulationResponse>('/api/definitions/simulate', request);
}

export type DefinitionDetails = Schemas['DefinitionDetails'];

/** What the simulation runs: the newest draft when there is one (what the designer is working on), else the shown version. */
export async function loadSimulatedDefinition(definitionId: string): Promise<{ definition: WorkflowDefinition; version: number | null; isDraft: boolean }> {
  const id = encodeURIComponent(definitionId);
  const details = await api.get<DefinitionDetails>(`/api/definitions/${id}`);
  if (details.draftVersion != null) {
    const draft = await api.get<WorkflowDefinition>(`/api/definitions/${id}/versions/${details.draftVersion}`);
    return { definition: draft, version: details.draftVersion, isDraft: true };
  }
  return { definition: details.definition as WorkflowDefinition, version: details.publishedVersion, isDraft: false };
}

export const simulationKeys = {
  definition: (definitionId: string) => ['viewer', 'simulation', 'definition', definitionId] as const,
};
