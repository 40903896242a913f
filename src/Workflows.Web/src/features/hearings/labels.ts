import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { legalKeys, listDeadlineKinds } from './api';

/** Deadline kinds are data (admins edit them): their labels come from the API, the six shipped kinds translated into Serbian. */
export function useDeadlineKindLabel(): (key: string) => string {
  const kinds = useQuery({ queryKey: legalKeys.kinds, queryFn: ({ signal }) => listDeadlineKinds(signal), staleTime: 10 * 60_000 });
  // The service's kinds are named in Serbian by the web app; English keeps the label an admin may have edited.
  const { t, i18n } = useTranslation('legalKinds');
  return (key) => {
    const stored = kinds.data?.find((k) => k.key === key)?.label ?? key;
    return i18n.language === 'en' ? stored : t(`deadline.${key}`, { defaultValue: stored });
  };
}

export function useHearingKindLabel(): (kind: string) => string {
  const { t } = useTranslation('legal');
  return (kind) => t(`hearing.kinds.${kind}`, kind);
}
