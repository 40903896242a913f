import { describe, expect, it } from 'vitest';
import { hasChanges, roleDiff, toggleRole } from './roles';

describe('role changes', () => {
  it('names the roles added and removed, in the canonical order', () => {
    expect(roleDiff(['CaseManager', 'Admin'], ['Lawyer', 'Admin', 'Coordinator'])).toEqual({
      added: ['Coordinator', 'Lawyer'],
      removed: ['CaseManager'],
    });
  });

  it('sees no change when only the order differs', () => {
    const diff = roleDiff(['Lawyer', 'Admin'], ['Admin', 'Lawyer']);
    expect(diff).toEqual({ added: [], removed: [] });
    expect(hasChanges(diff)).toBe(false);
  });

  it('handles a user with no roles and taking all of them away', () => {
    expect(roleDiff([], ['Director'])).toEqual({ added: ['Director'], removed: [] });
    expect(hasChanges(roleDiff(['Director'], []))).toBe(true);
  });

  it('toggles one role without duplicating it', () => {
    expect(toggleRole(['Lawyer'], 'Admin', true)).toEqual(['Admin', 'Lawyer']);
    expect(toggleRole(['Lawyer', 'Admin'], 'Admin', true)).toEqual(['Admin', 'Lawyer']);
    expect(toggleRole(['Lawyer', 'Admin'], 'Lawyer', false)).toEqual(['Admin']);
  });
});
