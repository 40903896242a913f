import type { RouteObject } from 'react-router-dom';
import { Placeholder } from '../../ui/Placeholder';

export const tasksRoutes: RouteObject[] = [{ path: 'tasks/*', element: <Placeholder name="tasks" /> }];
