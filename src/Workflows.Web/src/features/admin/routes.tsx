import type { RouteObject } from 'react-router-dom';
import { Placeholder } from '../../ui/Placeholder';

export const adminRoutes: RouteObject[] = [{ path: 'admin/*', element: <Placeholder name="admin" /> }];
