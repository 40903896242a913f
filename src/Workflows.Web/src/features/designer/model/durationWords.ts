import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Json } from './definition';
import { anchorDateText, parseAnchor } from './duration';

type Unit = 'years' | 'months' | 'weeks' | 'days' | 'hours' | 'minutes' | 'seconds';
const isoUnits: Unit[] = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'];
const iso = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** "2 hours and 30 minutes": the parts joined as the reader's language joins a list. */
function joinParts(parts: string[], language: string): string {
  return parts.length === 1 ? parts[0] : new Intl.ListFormat(language, { type: 'conjunction' }).format(parts);
}

/**
 * A duration value as a reader says it ("4 hours", "2 radna dana", "5 radnih dana pre datuma vars.hearing.date"):
 * an ISO 8601 duration, `{ workingDays: n }` or a working-day anchor; null for anything else (a script, a typo), which
 * the caller shows as it is. The plural form comes from i18next (Serbian one/few/other by Intl.PluralRules).
 */
export function durationWords(value: Json | undefined, t: TFunction<'designer'>, language: string): string | null {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    const days = value.workingDays;
    if (keys.length === 1 && typeof days === 'number' && Number.isInteger(days) && days >= 0) return t('durationWords.workingDays', { count: days });
    const anchor = parseAnchor(value);
    const date = anchor ? anchorDateText(anchor.of) : '';
    if (!anchor || !Number.isInteger(anchor.days) || anchor.days < 0 || date === '') return null;
    return t(anchor.before ? 'durationWords.before' : 'durationWords.after', { duration: t('durationWords.workingDays', { count: anchor.days }), date });
  }
  if (typeof value !== 'string') return null;
  const match = iso.exec(value.trim().toUpperCase());
  if (!match || value.trim().toUpperCase().endsWith('T')) return null;
  const parts = isoUnits.flatMap((unit, i) => (match[i + 1] === undefined ? [] : [t(`durationWords.${unit}`, { count: Number(match[i + 1]) })]));
  return parts.length ? joinParts(parts, language) : null;
}

/** An escalation rule's "after" in words: a share of the time, at due, or a duration after due. */
export function escalationWhen(after: Json | undefined, t: TFunction<'designer'>, language: string): string | null {
  if (after === 'due') return t('durationWords.escalationDue');
  if (typeof after === 'string' && /^\d+(\.\d+)?%$/.test(after)) return t('durationWords.escalationPercent', { percent: after });
  const duration = durationWords(after, t, language);
  return duration ? t('durationWords.escalationAfterDue', { duration }) : null;
}

/** durationWords and escalationWhen in the reader's language, for components. */
export function useDurationWords() {
  const { t, i18n } = useTranslation('designer');
  return {
    duration: (value: Json | undefined) => durationWords(value, t, i18n.language),
    escalation: (after: Json | undefined) => escalationWhen(after, t, i18n.language),
  };
}
