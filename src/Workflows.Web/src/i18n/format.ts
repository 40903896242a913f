import type { Language } from './index';

import { timeZone } from './belgradeTime';

export { belgradeDay, timeZone } from './belgradeTime';

const locales: Record<Language, string> = { en: 'en-GB', 'sr-Latn': 'sr-Latn-RS', 'sr-Cyrl': 'sr-Cyrl-RS' };

export function localeOf(language: string): string {
  return locales[language as Language] ?? 'en-GB';
}

function parse(value: string | Date): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

export function formatDateTime(value: string | Date | null | undefined, language: string): string {
  if (!value) return '';
  return new Intl.DateTimeFormat(localeOf(language), { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(parse(value));
}

export function formatDate(value: string | Date | null | undefined, language: string): string {
  if (!value) return '';
  return new Intl.DateTimeFormat(localeOf(language), { timeZone, dateStyle: 'medium' }).format(parse(value));
}

export function formatTime(value: string | Date | null | undefined, language: string): string {
  if (!value) return '';
  return new Intl.DateTimeFormat(localeOf(language), { timeZone, timeStyle: 'short' }).format(parse(value));
}

/** "in 3 days" / "2 hours ago", in the chosen language. */
export function formatRelative(value: string | Date | null | undefined, language: string, now: Date = new Date()): string {
  if (!value) return '';
  const diff = parse(value).getTime() - now.getTime();
  const minutes = Math.round(diff / 60_000);
  const rtf = new Intl.RelativeTimeFormat(localeOf(language), { numeric: 'auto' });
  if (Math.abs(minutes) < 60) return rtf.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 48) return rtf.format(hours, 'hour');
  return rtf.format(Math.round(hours / 24), 'day');
}
