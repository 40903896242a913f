import type { RouteObject } from 'react-router-dom';
import { CaseListPage } from './CaseListPage';
import { CasePage } from './CasePage';
import { CasePrintPage } from './CasePrintPage';
import { NewCasePage } from './NewCasePage';

export const casesRoutes: RouteObject[] = [
  { path: 'cases', element: <CaseListPage /> },
  { path: 'cases/new', element: <NewCasePage /> },
  { path: 'cases/:id', element: <CasePage /> },
  { path: 'cases/:id/print', element: <CasePrintPage /> },
];
