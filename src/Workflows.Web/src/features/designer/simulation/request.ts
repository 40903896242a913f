import type { ActivityDefinition, Json, WorkflowDefinition } from '../model/definition';
import type { SimulationChoice, SimulationRequest } from './api';
import { belgradeLocalToIso } from '../../../i18n/belgradeTime';

// The form's state → the simulate request. Pure, so what is sent for a profile and choices is testable.

export type Timing = 'default' | 'late' | 'afterDays';

export interface TaskChoiceState {
  outcome: string;
  timing: Timing;
  afterWorkingDays: number;
}

export interface HumanTask {
  id: string;
  name: string;
  role?: string;
  outcomes: string[];
  /** Names of the task's form fields: the profile answers those it has. */
  formFields: string[];
}

function strings(value: Json | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function formFieldNames(activity: ActivityDefinition): string[] {
  const form = activity.inputs?.form;
  if (!Array.isArray(form)) return [];
  return form.flatMap((field) => (field && typeof field === 'object' && !Array.isArray(field) && typeof field.name === 'string' ? [field.name] : []));
}

export function humanTasks(definition: WorkflowDefinition): HumanTask[] {
  return definition.activities
    .filter((a) => a.type === 'task.human')
    .map((a) => {
      const outcomes = strings(a.inputs?.outcomes);
      const role = a.inputs?.role;
      return { id: a.id, name: a.name?.trim() || a.id, role: typeof role === 'string' ? role : undefined, outcomes: outcomes.length > 0 ? outcomes : ['Done'], formFields: formFieldNames(a) };
    });
}

export function defaultChoice(task: HumanTask): TaskChoiceState {
  return { outcome: task.outcomes[0], timing: 'default', afterWorkingDays: 1 };
}

export type ProfileResult = { ok: true; profile: { [key: string]: Json } } | { ok: false };

export function parseProfile(text: string): ProfileResult {
  if (!text.trim()) return { ok: true, profile: {} };
  try {
    const value = JSON.parse(text) as Json;
    return value && typeof value === 'object' && !Array.isArray(value) ? { ok: true, profile: value } : { ok: false };
  } catch {
    return { ok: false };
  }
}

/** Only what differs from the simulator's defaults is sent, so its "choice not used" notes mean something. */
export function buildRequest(
  definition: WorkflowDefinition,
  profile: { [key: string]: Json },
  startLocal: string,
  choices: Record<string, TaskChoiceState>,
): SimulationRequest {
  const sent: Record<string, SimulationChoice> = {};
  for (const task of humanTasks(definition)) {
    const state = choices[task.id] ?? defaultChoice(task);
    const choice: SimulationChoice = {};
    if (state.outcome !== task.outcomes[0]) choice.outcome = state.outcome;
    if (state.timing === 'late') choice.late = true;
    if (state.timing === 'afterDays') choice.afterWorkingDays = state.afterWorkingDays;
    const answers = Object.fromEntries(task.formFields.filter((f) => f in profile).map((f) => [f, profile[f]]));
    if (Object.keys(answers).length > 0) choice.data = answers;
    if (Object.keys(choice).length > 0) sent[task.id] = choice;
  }
  return {
    definition,
    startAt: belgradeLocalToIso(startLocal) ?? undefined,
    input: profile,
    choices: sent,
  };
}
