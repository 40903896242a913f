import { describe, expect, it } from 'vitest';
import type { CaseTimelineEntry } from './api';
import { humanize } from './labels';
import { activityName, actorOf, groupByDay, kindKey } from './timeline';

function entry(at: string, activityId: string | null = 'record-contact', kind = 'ActivityCompleted'): CaseTimelineEntry {
  return { at, instanceId: 'i1', definitionId: 'hotline-triage', kind, activityId, activityType: activityId ? 'UserTask' : null, actor: 'system', outcome: null, workflowName: 'Prijava na SOS liniji', activityName: activityId ? 'Evidentirati kontakt' : null };
}

describe('groupByDay', () => {
  it('groups by the Belgrade day, not the UTC day', () => {
    // 23:30 UTC on 1 March is 00:30 on 2 March in Belgrade (UTC+1 in winter).
    const days = groupByDay([entry('2026-03-01T23:30:00Z'), entry('2026-03-01T22:30:00Z')]);
    expect(days.map((d) => d.day)).toEqual(['2026-03-02', '2026-03-01']);
  });

  it('puts the newest day and the newest entry first even if the input is not sorted', () => {
    const days = groupByDay([entry('2026-05-01T08:00:00Z'), entry('2026-05-02T09:00:00Z'), entry('2026-05-01T10:00:00Z')]);
    expect(days.map((d) => d.day)).toEqual(['2026-05-02', '2026-05-01']);
    expect(days[1].entries.map((e) => e.at)).toEqual(['2026-05-01T10:00:00Z', '2026-05-01T08:00:00Z']);
  });

  it('returns nothing for an empty journal', () => {
    expect(groupByDay([])).toEqual([]);
  });
});

describe('names', () => {
  it('makes activity ids readable', () => {
    expect(humanize('record-contact')).toBe('Record contact');
    expect(humanize('mainTrial')).toBe('Main trial');
    expect(humanize('criminal-appeal')).toBe('Criminal appeal');
    expect(humanize(null)).toBe('');
  });

  it('names the activity in the reader language, else the workflow, never an id or type key', () => {
    expect(activityName(entry('2026-05-01T08:00:00Z'))).toBe('Evidentirati kontakt');
    expect(activityName({ activityName: null, workflowName: 'Pravna pomoć', definitionId: 'legal-assistance' })).toBe('Pravna pomoć');
    expect(activityName(entry('2026-05-01T08:00:00Z', null, 'InstanceStarted'))).toBe('Prijava na SOS liniji');
    expect(activityName({ activityName: null, workflowName: '', definitionId: 'hotline-triage' })).toBe('Hotline triage');
  });

  it('maps journal kinds to translation keys', () => {
    expect(kindKey('ActivityCompleted')).toBe('timeline.kinds.activityCompleted');
    expect(kindKey('InstanceStarted')).toBe('timeline.kinds.instanceStarted');
  });

  it('names team members, hides other people and shows the system as itself', () => {
    const team = [{ userId: '0190a1b2-0000-7000-8000-000000000001', displayName: 'Ana', roles: ['CaseManager'] }];
    expect(actorOf('0190A1B2-0000-7000-8000-000000000001', team)).toEqual({ type: 'member', name: 'Ana' });
    expect(actorOf('0190a1b2-0000-7000-8000-000000000002', team)).toEqual({ type: 'user' });
    expect(actorOf('system', team)).toEqual({ type: 'system', name: 'system' });
  });
});
