import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazyPage';

const OverviewPage = lazyPage(() => import('./OverviewPage').then((m) => m.OverviewPage));
const ReportsPage = lazyPage(() => import('./ReportsPage').then((m) => m.ReportsPage));

export const reportsRoutes: RouteObject[] = [
  { path: 'reports', element: <ReportsPage /> },
  { path: 'overview', element: <OverviewPage /> },
];
