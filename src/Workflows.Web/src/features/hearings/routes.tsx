import type { RouteObject } from 'react-router-dom';
import { LegalPage } from './LegalPage';

export const hearingsRoutes: RouteObject[] = [{ path: 'legal', element: <LegalPage /> }];
