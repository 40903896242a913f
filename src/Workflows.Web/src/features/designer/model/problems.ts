import type { Schemas } from '../../../api/types';

/** `warning`: from the engine's warnings (e.g. a due that can land on a non-working day); never blocks publishing. */
export type Problem = Schemas['ValidationProblem'] & { warning?: boolean };

export interface ProblemIndex {
  all: Problem[];
  /** Problems about one activity, by activity id. */
  byActivity: Map<string, Problem[]>;
  /** Problems not about any one activity (the definition as a whole). */
  general: Problem[];
}

/** The descriptor input a problem is about: "escalations[0].after" → "escalations", "form" → "form". */
export function inputNameOf(problem: Problem): string | null {
  if (!problem.input) return null;
  const match = /^[^.[]+/.exec(problem.input);
  return match ? match[0] : problem.input;
}

export function indexProblems(problems: Problem[]): ProblemIndex {
  const byActivity = new Map<string, Problem[]>();
  const general: Problem[] = [];
  for (const problem of problems) {
    if (!problem.activityId) {
      general.push(problem);
      continue;
    }
    const list = byActivity.get(problem.activityId) ?? [];
    list.push(problem);
    byActivity.set(problem.activityId, list);
  }
  return { all: problems, byActivity, general };
}

/** Problems of one activity split by input; the key '' holds those about the activity itself (id, type, connections). */
export function problemsByInput(problems: Problem[] | undefined): Map<string, Problem[]> {
  const map = new Map<string, Problem[]>();
  for (const problem of problems ?? []) {
    const key = inputNameOf(problem) ?? '';
    const list = map.get(key) ?? [];
    list.push(problem);
    map.set(key, list);
  }
  return map;
}

export const emptyProblems: ProblemIndex = { all: [], byActivity: new Map(), general: [] };
