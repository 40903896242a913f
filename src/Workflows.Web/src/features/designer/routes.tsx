import type { RouteObject } from 'react-router-dom';
import { EditorPage } from './editor/EditorPage';
import { DesignerListPage } from './list/DesignerListPage';

export const designerRoutes: RouteObject[] = [
  { path: 'designer', element: <DesignerListPage /> },
  { path: 'designer/:definitionId', element: <EditorPage /> },
];
