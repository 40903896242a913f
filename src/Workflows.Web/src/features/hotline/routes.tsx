import type { RouteObject } from 'react-router-dom';
import { CallBacksPage } from './CallBacksPage';
import { ContactListPage } from './ContactListPage';
import { ContactPage } from './ContactPage';
import { HotlinePage } from './HotlinePage';

export const hotlineRoutes: RouteObject[] = [
  { path: 'hotline', element: <HotlinePage /> },
  { path: 'hotline/contacts', element: <ContactListPage /> },
  { path: 'hotline/contacts/:id', element: <ContactPage /> },
  { path: 'hotline/call-backs', element: <CallBacksPage /> },
];
