import type { RouteObject } from 'react-router-dom';
import { LegalLinkPage } from './LegalLinkPage';

// The pages e-mail links name that no other feature has: a hearing alert's and a deadline escalation's.
export const notificationsRoutes: RouteObject[] = [
  { path: 'hearings/:id', element: <LegalLinkPage kind="hearing" /> },
  { path: 'deadlines/:id', element: <LegalLinkPage kind="deadline" /> },
];
