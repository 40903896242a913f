import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazyPage';

const LegalLinkPage = lazyPage(() => import('./LegalLinkPage').then((m) => m.LegalLinkPage));

// The pages e-mail links name that no other feature has: a hearing alert's and a deadline escalation's.
export const notificationsRoutes: RouteObject[] = [
  { path: 'hearings/:id', element: <LegalLinkPage kind="hearing" /> },
  { path: 'deadlines/:id', element: <LegalLinkPage kind="deadline" /> },
];
