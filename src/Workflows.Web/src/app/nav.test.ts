import { describe, expect, it } from 'vitest';
import { homeFor, navFor } from './nav';

const user = (...roles: string[]) => ({ id: '1', email: 'x@astra.local', displayName: 'X', roles });

describe('navigation by role', () => {
  it('lands the Director on the overview and offers reports', () => {
    expect(homeFor(user('Director'))).toBe('/overview');
    expect(navFor(user('Director')).map((i) => i.to)).toEqual(expect.arrayContaining(['/overview', '/reports', '/cases']));
  });

  it('gives the Reporting role reports and nothing else', () => {
    expect(homeFor(user('Reporting'))).toBe('/reports');
    expect(navFor(user('Reporting')).map((i) => i.to)).toEqual(['/reports']);
  });

  it('keeps case work away from reports', () => {
    expect(navFor(user('CaseManager')).map((i) => i.to)).not.toContain('/reports');
    expect(homeFor(user('CaseManager'))).toBe('/tasks');
  });

  it('offers the partner directory to those who refer or answer callers', () => {
    for (const role of ['CaseManager', 'Coordinator', 'Admin', 'HotlineOperator', 'Lawyer', 'Director']) {
      expect(navFor(user(role)).map((i) => i.to)).toContain('/partners');
    }
  });
});
