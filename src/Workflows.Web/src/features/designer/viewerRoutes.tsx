import type { RouteObject } from 'react-router-dom';
import { InstanceViewerPage } from './instances/InstanceViewerPage';
import { SimulationPage } from './simulation/SimulationPage';
import { VersionsPage } from './versions/VersionsPage';

/** The read-only designer pages: simulation, version history with diff, and the instance viewer. */
export const viewerRoutes: RouteObject[] = [
  { path: 'designer/instances/:id', element: <InstanceViewerPage /> },
  { path: 'designer/:definitionId/simulate', element: <SimulationPage /> },
  { path: 'designer/:definitionId/versions', element: <VersionsPage /> },
];
