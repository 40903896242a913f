import type { WorkflowDefinition } from './definition';

export type ImportResult = { definition: WorkflowDefinition } | { error: 'notJson' | 'notDefinition'; detail?: string };

/** A file in the definitions/ format, checked only enough to open it; the engine's validation says the rest. */
export function parseDefinitionText(text: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { error: 'notJson', detail: e instanceof Error ? e.message : undefined };
  }
  const candidate = value as Partial<WorkflowDefinition> | null;
  if (!candidate || typeof candidate !== 'object' || Array.isArray(candidate) || typeof candidate.definitionId !== 'string'
    || !Array.isArray(candidate.activities) || (candidate.connections !== undefined && !Array.isArray(candidate.connections))) {
    return { error: 'notDefinition' };
  }
  // The schema lets a one-activity workflow leave out its connections; the graph needs the list.
  return { definition: { ...candidate, connections: candidate.connections ?? [] } as WorkflowDefinition };
}

export function newDefinition(definitionId: string, name: string): WorkflowDefinition {
  return {
    schemaVersion: 1,
    definitionId,
    name,
    activities: [{ id: 'start', type: 'flow.start', designer: { x: 40, y: 200 } }],
    connections: [],
  };
}

/** The definitions/ rule for ids: lower case, digits, '.' and '-'. */
export const definitionIdPattern = /^[a-z0-9][a-z0-9.-]*$/;

export function exportText(definition: WorkflowDefinition): string {
  return JSON.stringify(definition, null, 2);
}
