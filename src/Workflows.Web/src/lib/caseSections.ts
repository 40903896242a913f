import { createContext, useContext, type ComponentType } from 'react';

/** What a section another feature adds to the case page is given. */
export interface CaseSectionProps {
  caseId: string;
  caseCode: string;
}

/**
 * Sections other features add to the case page (referrals, services delivered). Features may not import each other, so
 * src/app, which wires features together, provides the list and the case page renders it without knowing what is in it.
 */
export const CaseSectionsContext = createContext<readonly ComponentType<CaseSectionProps>[]>([]);

export function useCaseSections(): readonly ComponentType<CaseSectionProps>[] {
  return useContext(CaseSectionsContext);
}
