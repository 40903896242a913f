import type { RouteObject } from 'react-router-dom';
import { TaskPage } from './TaskPage';
import { TaskQueuePage } from './TaskQueuePage';

export const tasksRoutes: RouteObject[] = [
  { path: 'tasks', element: <TaskQueuePage /> },
  { path: 'tasks/:id', element: <TaskPage /> },
];
