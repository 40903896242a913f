import type { RouteObject } from 'react-router-dom';
import { Placeholder } from '../../ui/Placeholder';

export const designerRoutes: RouteObject[] = [{ path: 'designer/*', element: <Placeholder name="designer" /> }];
