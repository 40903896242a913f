import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { casesApi, casesKeys } from './api';
import { humanize } from './labels';

/** The ordered assistance path; it changes only with a release, so it is kept for the session. */
export function usePhases() {
  return useQuery({ queryKey: casesKeys.phases, queryFn: casesApi.phases, staleTime: Infinity, select: (r) => r.phases });
}

/** A phase's name in the current language, or its words if the server sends a phase this build does not know. */
export function usePhaseName(): (phase: string) => string {
  const { t } = useTranslation('cases');
  return (phase) => t(`phases.${phase}`, { defaultValue: humanize(phase) });
}
