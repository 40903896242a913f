import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Activity types the server ships, and the palette's categories. The palette, the property panel's header and the
 * canvas name them from the activityTypes namespace (`<type>.name`, the type's dots nest; `categories.<category>`);
 * activityTypes.test.ts reads the C# descriptors and fails when a type or category has no name in English or Serbian.
 * A type not named there (a future module) shows the descriptor's English name.
 */
export const shippedActivityTypes = [
  'flow.start', 'flow.end', 'flow.decision', 'flow.switch', 'flow.fork', 'flow.join',
  'workflow.start', 'log.note', 'event.wait', 'vars.set', 'timer.delay', 'timer.until',
  'case.phase', 'case.profile.set', 'legal.deadline', 'referral.send', 'task.human',
] as const;

export const typeTextKey = {
  name: (type: string) => `${type}.name`,
  category: (category: string) => `categories.${category}`,
};

export interface ActivityTypeTexts {
  /** The type's name in the reader's language; the descriptor's English name, else the key, when there is none. */
  name: (type: string, displayName?: string | null) => string;
  category: (category: string) => string;
}

export function useActivityTypeTexts(): ActivityTypeTexts {
  const { t } = useTranslation('activityTypes');
  const name = useCallback((type: string, displayName?: string | null) => t(typeTextKey.name(type), { defaultValue: displayName || type }), [t]);
  const category = useCallback((c: string) => t(typeTextKey.category(c), { defaultValue: c }), [t]);
  return useMemo(() => ({ name, category }), [name, category]);
}
