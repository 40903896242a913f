import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazyPage';

const LegalPage = lazyPage(() => import('./LegalPage').then((m) => m.LegalPage));

export const hearingsRoutes: RouteObject[] = [{ path: 'legal', element: <LegalPage /> }];
