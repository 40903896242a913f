import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazyPage';
// The queue is most users' first page: it comes with the entry, not one round trip later.
import { TaskQueuePage } from './TaskQueuePage';

const TaskPage = lazyPage(() => import('./TaskPage').then((m) => m.TaskPage));

export const tasksRoutes: RouteObject[] = [
  { path: 'tasks', element: <TaskQueuePage /> },
  { path: 'tasks/:id', element: <TaskPage /> },
];
