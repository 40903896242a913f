import type { ComponentType } from 'react';
import type { CaseSectionProps } from '../lib/caseSections';
import { ReferralsSection, ServicesSection } from '../features/referrals';
import { ConsentSection } from '../features/casework';
import { NotesSection } from '../features/notes';
import { DocumentsSection } from '../features/documents';

/** The sections other features add to the case page, in the order shown (after the case's own sections). */
export const caseSections: readonly ComponentType<CaseSectionProps>[] = [
  NotesSection,
  DocumentsSection,
  ReferralsSection,
  ServicesSection,
  ConsentSection,
];
