import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazyPage';

const CaseSearchPage = lazyPage(() => import('./CaseSearchPage').then((m) => m.CaseSearchPage));

export const caseworkRoutes: RouteObject[] = [{ path: 'search', element: <CaseSearchPage /> }];
