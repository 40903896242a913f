import { Navigate, useRoutes, type RouteObject } from 'react-router-dom';
import { useSession } from '../auth/SessionContext';
import { adminRoutes } from '../features/admin/routes';
import { casesRoutes } from '../features/cases/routes';
import { designerRoutes } from '../features/designer/routes';
import { viewerRoutes } from '../features/designer/viewerRoutes';
import { hearingsRoutes } from '../features/hearings/routes';
import { hotlineRoutes } from '../features/hotline/routes';
import { reportsRoutes } from '../features/reports/routes';
import { tasksRoutes } from '../features/tasks/routes';
import { referralsRoutes } from '../features/referrals/routes';
import { caseworkRoutes } from '../features/casework/routes';
import { notificationsRoutes } from '../features/notifications/routes';
import { NotFoundPage } from '../ui/NotFoundPage';
import { AuthGate } from './AuthGate';
import { homeFor } from './nav';

function Home() {
  const { me } = useSession();
  return <Navigate to={homeFor(me)} replace />;
}

// Each feature owns its routes; this file only puts them under the signed-in layout.
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AuthGate />,
    children: [
      { index: true, element: <Home /> },
      ...tasksRoutes,
      ...casesRoutes,
      ...hearingsRoutes,
      ...viewerRoutes,
      ...designerRoutes,
      ...adminRoutes,
      ...hotlineRoutes,
      ...reportsRoutes,
      ...referralsRoutes,
      ...caseworkRoutes,
      ...notificationsRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

// Component routing (BrowserRouter + useRoutes), not the data router: no route here loads data through the router,
// and the data router's code was a fifth of a phone's first load (scripts/bundle-size.js).
export function AppRoutes() {
  return useRoutes(routes);
}
