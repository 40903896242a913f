import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { legalKeys, listDeadlineKinds } from './api';

/** Deadline kinds are data (admins edit them), so their labels come from the API, not from the translations. */
export function useDeadlineKindLabel(): (key: string) => string {
  const kinds = useQuery({ queryKey: legalKeys.kinds, queryFn: ({ signal }) => listDeadlineKinds(signal), staleTime: 10 * 60_000 });
  return (key) => kinds.data?.find((k) => k.key === key)?.label ?? key;
}

export function useHearingKindLabel(): (kind: string) => string {
  const { t } = useTranslation('legal');
  return (kind) => t(`hearing.kinds.${kind}`, kind);
}
