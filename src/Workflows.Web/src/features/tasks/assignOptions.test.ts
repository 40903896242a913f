import { describe, expect, it } from 'vitest';
import { buildAssignOptions, type TeamMember } from './assignOptions';

const member = (userId: string, displayName: string, ...roles: string[]): TeamMember => ({ userId, displayName, roles });

const team = [
  member('0000000a-0000-0000-0000-000000000003', 'Zoran Lawyer', 'Lawyer'),
  member('0000000a-0000-0000-0000-000000000001', 'Demo Case Manager 2', 'CaseManager'),
  member('0000000a-0000-0000-0000-000000000002', 'Ćirić Ana', 'CaseManager', 'Coordinator'),
  member('0000000a-0000-0000-0000-000000000004', 'Anja Coordinator', 'Coordinator'),
];

const names = (members: TeamMember[]) => members.map((m) => m.displayName);

describe('the assign-to options', () => {
  it('offers those with the task role first and the rest of the team apart', () => {
    const options = buildAssignOptions(team, 'CaseManager', null);
    expect(names(options.matching)).toEqual(['Ćirić Ana', 'Demo Case Manager 2']);
    expect(names(options.others)).toEqual(['Anja Coordinator', 'Zoran Lawyer']);
  });

  it('offers the whole team, sorted by name, when the task has no role', () => {
    const options = buildAssignOptions(team, null, null);
    expect(names(options.matching)).toEqual(['Anja Coordinator', 'Ćirić Ana', 'Demo Case Manager 2', 'Zoran Lawyer']);
    expect(options.others).toEqual([]);
  });

  it('sorts Serbian letters where Serbian readers expect them (Ć after C, before D)', () => {
    const options = buildAssignOptions([member('1', 'Dragan'), member('2', 'Ćamil'), member('3', 'Cvetko')], null, null);
    expect(names(options.matching)).toEqual(['Cvetko', 'Ćamil', 'Dragan']);
  });

  it('finds the current assignee on the team, whatever the case of the id', () => {
    const options = buildAssignOptions(team, 'CaseManager', '0000000A-0000-0000-0000-000000000001');
    expect(options.current?.displayName).toBe('Demo Case Manager 2');
  });

  it('knows no current assignee when the task is unassigned or its holder is not on the team', () => {
    expect(buildAssignOptions(team, 'CaseManager', null).current).toBeNull();
    expect(buildAssignOptions(team, 'CaseManager', '0000000a-0000-0000-0000-0000000000ff').current).toBeNull();
  });

  it('does not reorder the team it was given', () => {
    const copy = [...team];
    buildAssignOptions(team, 'CaseManager', null);
    expect(team).toEqual(copy);
  });
});
