import { http, unwrap } from '../../../api/http';
import type { Schemas } from '../../../api/types';
import type { Json, WorkflowDefinition } from '../model/definition';

type ChoiceBody = Schemas['SimulationChoiceBody'];
type RequestBody = Schemas['SimulateDefinitionRequest'];

/**
 * How the simulated person completes one task. Narrower than the generated body: every field may be left out (only
 * what differs from the simulator's defaults is sent, so its "choice not used" notes mean something) and `data` is JSON.
 */
export type SimulationChoice = { [K in Exclude<keyof ChoiceBody, 'data'>]?: NonNullable<ChoiceBody[K]> } & { data?: { [key: string]: Json } };

/** The generated request with the definition, profile and choices typed as the designer builds them; the rest optional. */
export type SimulationRequest = Partial<Omit<RequestBody, 'definition' | 'input' | 'choices'>> & {
  definition: WorkflowDefinition;
  input?: { [key: string]: Json };
  choices?: Record<string, SimulationChoice>;
};

export type SimulationStep = Schemas['SimulationStep'];
export type SimulationResponse = Schemas['SimulateDefinitionResponse'];

export function simulate(request: SimulationRequest): Promise<SimulationResponse> {
  // The request is the generated body with the designer's narrower definition and choice types.
  return unwrap(http.POST('/api/definitions/simulate', { body: request as RequestBody }));
}

export type DefinitionDetails = Schemas['DefinitionDetails'];

/** What the simulation runs: the newest draft when there is one (what the designer is working on), else the shown version. */
export async function loadSimulatedDefinition(definitionId: string): Promise<{ definition: WorkflowDefinition; version: number | null; isDraft: boolean }> {
  const details = await unwrap(http.GET('/api/definitions/{definitionId}', { params: { path: { definitionId } } }));
  if (details.draftVersion != null) {
    const version = details.draftVersion;
    const draft = (await unwrap(http.GET('/api/definitions/{definitionId}/versions/{version}', { params: { path: { definitionId, version } } }))) as WorkflowDefinition;
    return { definition: draft, version: details.draftVersion, isDraft: true };
  }
  return { definition: details.definition as WorkflowDefinition, version: details.publishedVersion, isDraft: false };
}

export const simulationKeys = {
  definition: (definitionId: string) => ['viewer', 'simulation', 'definition', definitionId] as const,
};
