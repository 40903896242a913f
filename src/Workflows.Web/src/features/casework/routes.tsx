import type { RouteObject } from 'react-router-dom';
import { CaseSearchPage } from './CaseSearchPage';

export const caseworkRoutes: RouteObject[] = [{ path: 'search', element: <CaseSearchPage /> }];
