export type StepState = 'past' | 'current' | 'future';

export interface PhaseStep {
  phase: string;
  state: StepState;
}

/**
 * The assistance path with each phase placed relative to the case's current one. A phase the path does not know
 * (an older or newer server) leaves every known step 'future' and is appended as current, so it is never hidden.
 */
export function phaseSteps(path: readonly string[], current: string): PhaseStep[] {
  const at = path.indexOf(current);
  if (at < 0) return [...path.map((phase) => ({ phase, state: 'future' as const })), { phase: current, state: 'current' }];
  return path.map((phase, i) => ({ phase, state: i < at ? 'past' : i === at ? 'current' : 'future' }));
}
