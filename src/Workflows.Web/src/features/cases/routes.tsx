import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazyPage';

const CaseListPage = lazyPage(() => import('./CaseListPage').then((m) => m.CaseListPage));
const CasePage = lazyPage(() => import('./CasePage').then((m) => m.CasePage));
const CasePrintPage = lazyPage(() => import('./CasePrintPage').then((m) => m.CasePrintPage));
const NewCasePage = lazyPage(() => import('./NewCasePage').then((m) => m.NewCasePage));

export const casesRoutes: RouteObject[] = [
  { path: 'cases', element: <CaseListPage /> },
  { path: 'cases/new', element: <NewCasePage /> },
  { path: 'cases/:id', element: <CasePage /> },
  { path: 'cases/:id/print', element: <CasePrintPage /> },
];
