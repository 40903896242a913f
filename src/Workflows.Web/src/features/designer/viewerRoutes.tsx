import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazyPage';

const InstanceViewerPage = lazyPage(() => import('./instances/InstanceViewerPage').then((m) => m.InstanceViewerPage));
const SimulationPage = lazyPage(() => import('./simulation/SimulationPage').then((m) => m.SimulationPage));
const VersionsPage = lazyPage(() => import('./versions/VersionsPage').then((m) => m.VersionsPage));

/** The read-only designer pages: simulation, version history with diff, and the instance viewer. */
export const viewerRoutes: RouteObject[] = [
  { path: 'designer/instances/:id', element: <InstanceViewerPage /> },
  { path: 'designer/:definitionId/simulate', element: <SimulationPage /> },
  { path: 'designer/:definitionId/versions', element: <VersionsPage /> },
];
