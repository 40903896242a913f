import type { RouteObject } from 'react-router-dom';
import { PartnerFormPage } from './PartnerFormPage';
import { PartnerListPage } from './PartnerListPage';
import { ServiceCataloguePage } from './ServiceCataloguePage';

export const referralsRoutes: RouteObject[] = [
  { path: 'partners', element: <PartnerListPage /> },
  { path: 'partners/services', element: <ServiceCataloguePage /> },
  { path: 'partners/new', element: <PartnerFormPage /> },
  { path: 'partners/:id', element: <PartnerFormPage /> },
];
