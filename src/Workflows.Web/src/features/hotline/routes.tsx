import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazyPage';

const CallBacksPage = lazyPage(() => import('./CallBacksPage').then((m) => m.CallBacksPage));
const ContactListPage = lazyPage(() => import('./ContactListPage').then((m) => m.ContactListPage));
const ContactPage = lazyPage(() => import('./ContactPage').then((m) => m.ContactPage));
const HotlinePage = lazyPage(() => import('./HotlinePage').then((m) => m.HotlinePage));

export const hotlineRoutes: RouteObject[] = [
  { path: 'hotline', element: <HotlinePage /> },
  { path: 'hotline/contacts', element: <ContactListPage /> },
  { path: 'hotline/contacts/:id', element: <ContactPage /> },
  { path: 'hotline/call-backs', element: <CallBacksPage /> },
];
