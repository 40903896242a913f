import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazyPage';

const PartnerFormPage = lazyPage(() => import('./PartnerFormPage').then((m) => m.PartnerFormPage));
const PartnerListPage = lazyPage(() => import('./PartnerListPage').then((m) => m.PartnerListPage));
const ServiceCataloguePage = lazyPage(() => import('./ServiceCataloguePage').then((m) => m.ServiceCataloguePage));

export const referralsRoutes: RouteObject[] = [
  { path: 'partners', element: <PartnerListPage /> },
  { path: 'partners/services', element: <ServiceCataloguePage /> },
  { path: 'partners/new', element: <PartnerFormPage /> },
  { path: 'partners/:id', element: <PartnerFormPage /> },
];
