import type { RouteObject } from 'react-router-dom';
import { Placeholder } from '../../ui/Placeholder';

export const casesRoutes: RouteObject[] = [{ path: 'cases/*', element: <Placeholder name="cases" /> }];
