import { Navigate, type RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazyPage';

const AdminLayout = lazyPage(() => import('./AdminLayout').then((m) => m.AdminLayout));
const AuditPage = lazyPage(() => import('./audit/AuditPage').then((m) => m.AuditPage));
const ClosuresPage = lazyPage(() => import('./closures/ClosuresPage').then((m) => m.ClosuresPage));
const DeadlineKindsPage = lazyPage(() => import('./deadlineKinds/DeadlineKindsPage').then((m) => m.DeadlineKindsPage));
const OutboxPage = lazyPage(() => import('./outbox/OutboxPage').then((m) => m.OutboxPage));
const UsersPage = lazyPage(() => import('./users/UsersPage').then((m) => m.UsersPage));

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
