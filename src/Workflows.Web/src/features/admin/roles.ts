import type { Role } from '../../auth/types';

/** Every role the API knows, in the order the screens list them. */
export const allRoles: readonly Role[] = ['Admin', 'Coordinator', 'CaseManager', 'Lawyer', 'Director', 'HotlineOperator'];

export interface RoleDiff {
  added: string[];
  removed: string[];
}

/** What a role change would do; the API replaces the whole set, the screen says what changes. */
export function roleDiff(current: readonly string[], next: readonly string[]): RoleDiff {
  const before = new Set(current);
  const after = new Set(next);
  return {
    added: allRoles.filter((r) => after.has(r) && !before.has(r)),
    removed: allRoles.filter((r) => before.has(r) && !after.has(r)),
  };
}

export function hasChanges(diff: RoleDiff): boolean {
  return diff.added.length > 0 || diff.removed.length > 0;
}

/** The set with one role switched on or off, kept in the canonical order. */
export function toggleRole(roles: readonly string[], role: Role, on: boolean): string[] {
  const set = new Set(roles);
  if (on) set.add(role);
  else set.delete(role);
  return allRoles.filter((r) => set.has(r));
}
