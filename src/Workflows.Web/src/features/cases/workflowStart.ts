import { http, unwrap } from '../../api/http';
import type { Schemas } from '../../api/types';

export type StartableDefinition = Schemas['StartableDefinition'];
export type StartableInput = Schemas['StartableInput'];

/** The workflow a new case starts with unless the user picks another: intake, or hotline triage where intake is not offered. */
export const defaultWorkflows = ['case-intake', 'hotline-triage'];

export const startKeys = { startable: ['cases', 'startable-definitions'] as const };

export const startApi = {
  startable: (signal?: AbortSignal): Promise<StartableDefinition[]> => unwrap(http.GET('/api/definitions/startable', { signal })),
  start: (definitionId: string, caseId: string, input: Record<string, unknown>): Promise<Schemas['StartInstanceResponse']> =>
    unwrap(http.POST('/api/instances', { body: { definitionId, caseId, input } as Schemas['StartInstanceRequest'] })),
};

export function defaultWorkflow(startable: readonly StartableDefinition[]): string {
  return defaultWorkflows.find((id) => startable.some((d) => d.definitionId === id)) ?? '';
}

/** What the user typed per input, as strings: checkboxes are 'true'/'false'/'' (not said). */
export type InputValues = Record<string, string>;

export type InputProblems = Record<string, string>;

/**
 * The start input from the form: blank fields are left out (the API names a missing required one), booleans and numbers
 * are sent as such, and JSON inputs are parsed; a JSON field that does not parse is reported before sending.
 */
export function toStartInput(inputs: readonly StartableInput[], values: InputValues): { input: Record<string, unknown>; problems: InputProblems } {
  const input: Record<string, unknown> = {};
  const problems: InputProblems = {};
  for (const declared of inputs) {
    const raw = (values[declared.name] ?? '').trim();
    if (raw === '') continue;
    switch (declared.type) {
      case 'boolean':
        input[declared.name] = raw === 'true';
        break;
      case 'number': {
        const n = Number(raw);
        if (Number.isFinite(n)) input[declared.name] = n;
        else problems[declared.name] = 'number';
        break;
      }
      case 'json':
        try {
          input[declared.name] = JSON.parse(raw) as unknown;
        } catch {
          problems[declared.name] = 'json';
        }
        break;
      default:
        input[declared.name] = raw;
    }
  }
  return { input, problems };
}
