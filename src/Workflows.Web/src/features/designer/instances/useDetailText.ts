import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format';
import type { StateDetail } from './display';

/** A state detail in words, with its instant in Belgrade time. */
export function useDetailText(): (detail: StateDetail) => string {
  const { t, i18n } = useTranslation('viewer');
  return useCallback(
    (detail: StateDetail) => t(detail.key, { ...detail.values, at: detail.at ? formatDateTime(detail.at, i18n.language) : '' }),
    [t, i18n.language],
  );
}
