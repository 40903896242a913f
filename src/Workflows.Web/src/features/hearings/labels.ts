import { useTranslation } from 'react-i18next';

export { useDeadlineKindLabel } from '../../lib/deadlineKinds';

export function useHearingKindLabel(): (kind: string) => string {
  const { t } = useTranslation('legal');
  return (kind) => t(`hearing.kinds.${kind}`, kind);
}
