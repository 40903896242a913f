import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { WorkflowDefinition } from '../model/definition';
import { buildRequest, humanTasks, parseProfile } from './request';

const triage = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../../../../definitions/hotline-triage.workflow.json'), 'utf8'),
) as WorkflowDefinition;

describe('simulation request', () => {
  it('lists the human tasks with their role, outcomes and form fields', () => {
    const screen = humanTasks(triage).find((t) => t.id === 'screen');
    expect(screen).toMatchObject({ name: 'Screen the contact', role: 'CaseManager', outcomes: ['Done'] });
    expect(screen?.formFields).toContain('imminentDanger');
  });

  it('answers task forms from the profile and sends only non-default choices', () => {
    const profile = { imminentDanger: true, priority: 'high', channel: 'phone' };
    const request = buildRequest(triage, profile, '2026-02-12T08:00', { screen: { outcome: 'Done', timing: 'late', afterWorkingDays: 1 } });
    expect(request.startAt).toBe('2026-02-12T08:00:00+01:00');
    expect(request.input).toEqual(profile);
    // channel is no form field of the triage (the contact log keeps it): only the screening's answers are sent.
    expect(request.choices?.screen).toEqual({ late: true, data: { imminentDanger: true, priority: 'high' } });
    expect(request.choices?.inform).toBeUndefined();
  });

  it('accepts an empty profile and refuses JSON that is not an object', () => {
    expect(parseProfile('  ')).toEqual({ ok: true, profile: {} });
    expect(parseProfile('[1]')).toEqual({ ok: false });
    expect(parseProfile('{ nope')).toEqual({ ok: false });
  });
});
