import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { http, unwrap } from '../api/http';
import type { Schemas } from '../api/types';

export type DeadlineKind = Schemas['DeadlineKindResponse'];

/** One key for every reader and the admin page, so a saved name shows everywhere at once. */
export const deadlineKindsKey = ['legal-deadline-kinds'] as const;

export const listDeadlineKinds = (signal?: AbortSignal): Promise<DeadlineKind[]> => unwrap(http.GET('/api/legal-deadline-kinds', { signal }));

/** A kind's name in the page's language; the API gives all three, so switching language needs no new request. */
export function deadlineKindName(kind: DeadlineKind, language: string): string {
  if (language === 'sr-Cyrl') return kind.labels.srCyrl;
  if (language === 'sr-Latn') return kind.labels.srLatn;
  return kind.labels.en;
}

/**
 * Deadline kinds are data (admins add them, with names in each language). Until the list has loaded, the shipped
 * kinds read from the legalKinds texts; a key only shows for a kind the API no longer knows.
 */
export function useDeadlineKindLabel(): (key: string) => string {
  const kinds = useQuery({ queryKey: deadlineKindsKey, queryFn: ({ signal }) => listDeadlineKinds(signal), staleTime: 10 * 60_000 });
  const { t, i18n } = useTranslation('legalKinds');
  return (key) => {
    const kind = kinds.data?.find((k) => k.key === key);
    return kind ? deadlineKindName(kind, i18n.language) : t(`deadline.${key}`, { defaultValue: key });
  };
}

/** The kinds themselves (for a picker), sharing the cache with {@link useDeadlineKindLabel}. */
export function useDeadlineKinds() {
  return useQuery({ queryKey: deadlineKindsKey, queryFn: ({ signal }) => listDeadlineKinds(signal), staleTime: 10 * 60_000 });
}
