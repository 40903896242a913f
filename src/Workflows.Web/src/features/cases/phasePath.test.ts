import { describe, expect, it } from 'vitest';
import { phaseSteps } from './phasePath';

const path = ['identification', 'emergency', 'recovery', 'reintegration', 'closure'];

describe('phaseSteps', () => {
  it('marks phases before the current one past and after it future', () => {
    expect(phaseSteps(path, 'recovery')).toEqual([
      { phase: 'identification', state: 'past' },
      { phase: 'emergency', state: 'past' },
      { phase: 'recovery', state: 'current' },
      { phase: 'reintegration', state: 'future' },
      { phase: 'closure', state: 'future' },
    ]);
  });

  it('has no past at the first phase and no future at the last', () => {
    expect(phaseSteps(path, 'identification').map((s) => s.state)).toEqual(['current', 'future', 'future', 'future', 'future']);
    expect(phaseSteps(path, 'closure').map((s) => s.state)).toEqual(['past', 'past', 'past', 'past', 'current']);
  });

  it('shows an unknown phase as current rather than hiding it', () => {
    const steps = phaseSteps(path, 'aftercare');
    expect(steps.filter((s) => s.state === 'current')).toEqual([{ phase: 'aftercare', state: 'current' }]);
    expect(steps.slice(0, 5).every((s) => s.state === 'future')).toBe(true);
  });

  it('marks exactly one step current', () => {
    for (const phase of path) expect(phaseSteps(path, phase).filter((s) => s.state === 'current')).toHaveLength(1);
  });
});
