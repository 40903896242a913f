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
  if (hasRole(me, 'CaseManager', 'Coordinator', 'Lawyer', 'Director', 'Admin')) items.push({ to: '/cases', label: 'nav.cases' });
  if (hasRole(me, 'Lawyer', 'Coordinator', 'Director', 'Admin')) items.push({ to: '/legal', label: 'nav.legal' });
  if (hasRole(me, 'Coordinator', 'Admin')) items.push({ to: '/designer', label: 'nav.designer' });
  if (hasRole(me, 'Admin')) items.push({ to: '/admin', label: 'nav.admin' });
  if (hasRole(me, 'Director')) items.push({ to: '/overview', label: 'nav.overview' });
  if (hasRole(me, 'Reporting', 'Director', 'Admin')) items.push({ to: '/reports', label: 'nav.reports' });
  if (hasRole(me, 'CaseManager', 'Coordinator', 'Admin', 'HotlineOperator', 'Lawyer', 'Director')) items.push({ to: '/partners', label: 'nav.partners' });
  if (hasRole(me, 'CaseManager', 'Coordinator', 'Admin')) items.push({ to: '/search', label: 'casework:search.link' });
  return items;
}

export function homeFor(me: Me): string {
  if (hasRole(me, 'HotlineOperator') && !hasRole(me, 'CaseManager', 'Coordinator', 'Admin')) return '/hotline';
  // The Director lands on the overview; the donor liaison sees reports and nothing else.
  if (hasRole(me, 'Director')) return '/overview';
  if (hasRole(me, 'Reporting') && !hasRole(me, 'Admin', 'Coordinator', 'CaseManager', 'Lawyer')) return '/reports';
  if (hasRole(me, 'Admin') && !hasRole(me, 'Coordinator', 'CaseManager')) return '/admin';
  if (hasRole(me, 'Lawyer') && !hasRole(me, 'CaseManager', 'Coordinator')) return '/legal';
  return '/tasks';
}
