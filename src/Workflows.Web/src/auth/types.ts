export type Role = 'Admin' | 'Coordinator' | 'CaseManager' | 'Lawyer' | 'Director' | 'HotlineOperator' | 'Reporting';

export interface Me {
  id: string;
  email: string;
  displayName: string;
  roles: string[];
  language?: string | null;
}

export function hasRole(me: Me | null | undefined, ...roles: Role[]): boolean {
  return !!me && roles.some((r) => me.roles.includes(r));
}

/** Coordinators, directors and admins oversee every case (need-to-know lets them see all). */
export function oversees(me: Me | null | undefined): boolean {
  return hasRole(me, 'Coordinator', 'Director', 'Admin');
}
