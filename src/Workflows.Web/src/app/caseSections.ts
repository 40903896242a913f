import type { ComponentType } from 'react';
import type { CaseSectionProps } from '../lib/caseSections';
import { lazyPage } from '../ui/lazyPage';

// Loaded with the case page, not with the first page: only the case page shows them.
const ReferralsSection = lazyPage(() => import('../features/referrals').then((m) => m.ReferralsSection));
const ServicesSection = lazyPage(() => import('../features/referrals').then((m) => m.ServicesSection));
const ConsentSection = lazyPage(() => import('../features/casework').then((m) => m.ConsentSection));
const NotesSection = lazyPage(() => import('../features/notes').then((m) => m.NotesSection));
const DocumentsSection = lazyPage(() => import('../features/documents').then((m) => m.DocumentsSection));

/** The sections other features add to the case page, in the order shown (after the case's own sections). */
export const caseSections: readonly ComponentType<CaseSectionProps>[] = [
  NotesSection,
  DocumentsSection,
  ReferralsSection,
  ServicesSection,
  ConsentSection,
];
