import { describe, expect, it } from 'vitest';
import { defaultWorkflow, toStartInput, type StartableDefinition, type StartableInput } from './workflowStart';

const input = (name: string, type: string, required = false): StartableInput => ({ name, label: name, type, required, description: null });
const definition = (definitionId: string): StartableDefinition => ({ definitionId, name: definitionId, description: null, version: 1, inputs: [] });

describe('toStartInput', () => {
  it('sends booleans, numbers, text and parsed JSON, and leaves blank fields out', () => {
    const declared = [input('child', 'boolean'), input('count', 'number'), input('referredBy', 'string'), input('screening', 'json'), input('note', 'string')];
    const { input: sent, problems } = toStartInput(declared, { child: 'true', count: ' 3 ', referredBy: ' police ', screening: '{"priority":"high"}', note: '  ' });
    expect(problems).toEqual({});
    expect(sent).toEqual({ child: true, count: 3, referredBy: 'police', screening: { priority: 'high' } });
  });

  it('reports JSON and numbers that do not parse instead of sending them', () => {
    const { input: sent, problems } = toStartInput([input('screening', 'json'), input('count', 'number')], { screening: '{oops', count: 'three' });
    expect(sent).toEqual({});
    expect(problems).toEqual({ screening: 'json', count: 'number' });
  });

  it('sends false for a "no" answer but nothing for "not said"', () => {
    expect(toStartInput([input('child', 'boolean')], { child: 'false' }).input).toEqual({ child: false });
    expect(toStartInput([input('child', 'boolean')], { child: '' }).input).toEqual({});
  });
});

describe('defaultWorkflow', () => {
  it('prefers intake, then hotline triage, else none', () => {
    expect(defaultWorkflow([definition('reintegration'), definition('case-intake'), definition('hotline-triage')])).toBe('case-intake');
    expect(defaultWorkflow([definition('hotline-triage')])).toBe('hotline-triage');
    expect(defaultWorkflow([definition('court-proceedings')])).toBe('');
  });
});
