import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazyPage';

const EditorPage = lazyPage(() => import('./editor/EditorPage').then((m) => m.EditorPage));
const DesignerListPage = lazyPage(() => import('./list/DesignerListPage').then((m) => m.DesignerListPage));

export const designerRoutes: RouteObject[] = [
  { path: 'designer', element: <DesignerListPage /> },
  { path: 'designer/:definitionId', element: <EditorPage /> },
];
