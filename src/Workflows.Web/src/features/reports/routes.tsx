import type { RouteObject } from 'react-router-dom';
import { OverviewPage } from './OverviewPage';
import { ReportsPage } from './ReportsPage';

export const reportsRoutes: RouteObject[] = [
  { path: 'reports', element: <ReportsPage /> },
  { path: 'overview', element: <OverviewPage /> },
];
