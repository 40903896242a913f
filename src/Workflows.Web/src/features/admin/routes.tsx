import { Navigate, type RouteObject } from 'react-router-dom';
import { AdminLayout } from './AdminLayout';
import { AuditPage } from './audit/AuditPage';
import { ClosuresPage } from './closures/ClosuresPage';
import { DeadlineKindsPage } from './deadlineKinds/DeadlineKindsPage';
import { OutboxPage } from './outbox/OutboxPage';
import { UsersPage } from './users/UsersPage';

export const adminRoutes: RouteObject[] = [
  {
    path: 'admin',
    element: <AdminLayout />,
    children: [
      { index: true, element: <Navigate to="users" replace /> },
      { path: 'users', element: <UsersPage /> },
      { path: 'closures', element: <ClosuresPage /> },
      { path: 'deadline-kinds', element: <DeadlineKindsPage /> },
      { path: 'outbox', element: <OutboxPage /> },
      { path: 'audit', element: <AuditPage /> },
    ],
  },
];
