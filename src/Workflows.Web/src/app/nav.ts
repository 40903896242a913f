import { hasRole, type Me } from '../auth/types';

export interface NavItem {
  to: string;
  label: string;
}

/** What each role works with; the API enforces access, the menu only avoids offering what would be refused. */
export function navFor(me: Me): NavItem[] {
  const items: NavItem[] = [];
  if (hasRole(me, 'HotlineOperator', 'CaseManager', 'Coordinator', 'Admin')) items.push({ to: '/hotline', label: 'nav.hotline' });
  if (hasRole(me, 'CaseManager', 'Coordinator', 'Lawyer', 'Director', 'Admin')) items.push({ to: '/tasks', label: 'nav.tasks' });
  items.push({ to: '/cases', label: 'nav.cases' });
  if (hasRole(me, 'Lawyer', 'Coordinator', 'Director', 'Admin')) items.push({ to: '/legal', label: 'nav.legal' });
  if (hasRole(me, 'Coordinator', 'Admin')) items.push({ to: '/designer', label: 'nav.designer' });
  if (hasRole(me, 'Admin')) items.push({ to: '/admin', label: 'nav.admin' });
  return items;
}

export function homeFor(me: Me): string {
  if (hasRole(me, 'HotlineOperator') && !hasRole(me, 'CaseManager', 'Coordinator', 'Admin')) return '/hotline';
  if (hasRole(me, 'Admin') && !hasRole(me, 'Coordinator', 'CaseManager')) return '/admin';
  if (hasRole(me, 'Lawyer') && !hasRole(me, 'CaseManager', 'Coordinator')) return '/legal';
  return '/tasks';
}
