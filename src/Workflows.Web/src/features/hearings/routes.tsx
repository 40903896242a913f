import type { RouteObject } from 'react-router-dom';
import { Placeholder } from '../../ui/Placeholder';

export const hearingsRoutes: RouteObject[] = [{ path: 'legal/*', element: <Placeholder name="legal" /> }];
