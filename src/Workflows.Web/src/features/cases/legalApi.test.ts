import { describe, expect, it } from 'vitest';
import type { CaseTeamMember } from './api';
import { deadlineRequest, defaultLead, hearingRequest, lawyerOptions, proceedingRequest } from './legalApi';

const member = (userId: string, displayName: string, ...roles: string[]): CaseTeamMember => ({ userId, displayName, roles });

describe('lawyer options', () => {
  const team = [member('c', 'Coordinator', 'Coordinator'), member('l2', 'Zora Lawyer', 'Lawyer'), member('l1', 'Ana Lawyer', 'Lawyer', 'Admin'), member('m', 'Manager', 'CaseManager')];

  it('offers only the team members with the Lawyer role, by name', () => {
    expect(lawyerOptions(team)).toEqual([
      { id: 'l1', name: 'Ana Lawyer' },
      { id: 'l2', name: 'Zora Lawyer' },
    ]);
  });

  it('makes the signed-in user the default lead only when they are one of those lawyers', () => {
    const options = lawyerOptions(team);
    expect(defaultLead(options, { id: 'l2' })).toBe('l2');
    expect(defaultLead(options, { id: 'c' })).toBe('');
    expect(defaultLead(options, null)).toBe('');
  });
});

describe('proceeding request', () => {
  it('trims text, sends blanks as null and leaves the lead out of the other lawyers', () => {
    expect(
      proceedingRequest({ kind: 'criminal', court: '  Viši sud u Beogradu ', courtCaseNumber: ' ', clientRole: 'injuredParty', leadLawyerId: 'l1', lawyerIds: ['l1', 'l2'] }),
    ).toEqual({ kind: 'criminal', court: 'Viši sud u Beogradu', courtCaseNumber: null, clientRole: 'injuredParty', leadLawyerId: 'l1', lawyerIds: ['l2'] });
  });

  it('sends an empty court as null so the API names the missing field', () => {
    const body = proceedingRequest({ kind: 'civil', court: '', courtCaseNumber: 'P 1/26', clientRole: 'plaintiff', leadLawyerId: '', lawyerIds: [] });
    expect(body.court).toBeNull();
    expect(body.leadLawyerId).toBeNull();
    expect(body.courtCaseNumber).toBe('P 1/26');
  });
});

describe('hearing request', () => {
  it('sends the Belgrade wall-clock time with its offset, winter and summer', () => {
    expect(hearingRequest({ startsAt: '2027-01-15T09:30', kind: 'mainTrial', room: ' 12 ', notes: '' })).toEqual({
      startsAt: '2027-01-15T09:30:00+01:00',
      kind: 'mainTrial',
      room: '12',
      notes: null,
    });
    expect(hearingRequest({ startsAt: '2027-07-15T09:30', kind: 'other', room: '', notes: 'Bring the file' }).startsAt).toBe('2027-07-15T09:30:00+02:00');
  });

  it('sends a missing time as null for the API to explain', () => {
    expect(hearingRequest({ startsAt: '', kind: 'mainTrial', room: '', notes: '' }).startsAt).toBeNull();
  });
});

describe('deadline request', () => {
  it('sends the kind and the day served, blanks as null', () => {
    expect(deadlineRequest({ kind: 'criminal-appeal', servedOn: '2026-11-20' })).toEqual({ kind: 'criminal-appeal', servedOn: '2026-11-20' });
    expect(deadlineRequest({ kind: '', servedOn: '' })).toEqual({ kind: null, servedOn: null });
  });
});
