import type { Schemas } from '../../api/types';

export type TeamMember = Schemas['CaseTeamMember'];

export interface AssignOptions {
  /** Members who hold the task's role (everyone, when the task has no role): the likely choices. */
  matching: TeamMember[];
  /** The rest of the team: the API lets a coordinator assign to anyone, so they are offered, set apart. */
  others: TeamMember[];
  /** The current assignee when they are on the team; null when unassigned or not a member. */
  current: TeamMember | null;
}

const byName = new Intl.Collator('sr-Latn', { sensitivity: 'base' });

function sameId(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a.toLowerCase() === b.toLowerCase();
}

/** Splits a case team into the "Assign to" choices for a task, each group sorted by display name. */
export function buildAssignOptions(team: TeamMember[], role: string | null, assigneeId: string | null): AssignOptions {
  const sorted = [...team].sort((a, b) => byName.compare(a.displayName, b.displayName) || a.userId.localeCompare(b.userId));
  const holds = (m: TeamMember) => !role || m.roles.includes(role);
  return {
    matching: sorted.filter(holds),
    others: sorted.filter((m) => !holds(m)),
    current: sorted.find((m) => sameId(m.userId, assigneeId)) ?? null,
  };
}
