import type { Tone } from '../../../ui/Badge';
import { belgradeDay, localeOf, timeZone } from '../../../i18n/format';
import type { SimulationStep } from './api';

// How a simulation step reads in the timeline. Virtual instants are shown in Belgrade time with the weekday,
// because "due Friday" versus "due Tuesday after the holiday" is exactly what a designer checks here.

/** "Fri 13 Feb 2026, 16:00" in the chosen language, Belgrade time. */
export function formatVirtualTime(value: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(value));
}

/** Calendar days between two instants as the days fall in Belgrade (a due date "3 days later" crosses 3 midnights). */
export function calendarDaysBetween(from: string, to: string): number {
  const day = (value: string) => Date.parse(`${belgradeDay(value)}T00:00:00Z`);
  return Math.round((day(to) - day(from)) / 86_400_000);
}

export interface StepView {
  /** i18n key in the viewer namespace: simulation.kind.<kind>. */
  kindKey: string;
  tone: Tone;
  icon: string;
  /** The server's own sentence, shown where it explains the step (escalation actions, hand-off input, wait, fault). */
  message?: string;
}

const views: Record<string, Omit<StepView, 'kindKey' | 'message'>> = {
  taskCreated: { tone: 'info', icon: '☐' },
  taskCompleted: { tone: 'success', icon: '☑' },
  escalation: { tone: 'warning', icon: '⚑' },
  timer: { tone: 'neutral', icon: '◷' },
  handoff: { tone: 'info', icon: '⇢' },
  phase: { tone: 'neutral', icon: '◆' },
  waiting: { tone: 'warning', icon: '◔' },
  finished: { tone: 'success', icon: '■' },
  fault: { tone: 'danger', icon: '⚠' },
  limit: { tone: 'danger', icon: '✖' },
  activity: { tone: 'neutral', icon: '•' },
};

const explained = new Set(['escalation', 'handoff', 'waiting', 'fault', 'limit', 'phase']);

export function stepView(step: SimulationStep): StepView {
  const known = step.kind in views ? step.kind : 'activity';
  return { kindKey: `simulation.kind.${known}`, ...views[known], message: explained.has(known) ? (step.message ?? undefined) : undefined };
}

export interface DueView {
  text: string;
  /** Calendar days from the step to its due date (0 = the same day). */
  days: number;
}

export function dueView(step: SimulationStep, language: string): DueView | null {
  if (!step.dueAt) return null;
  return { text: formatVirtualTime(step.dueAt, language), days: calendarDaysBetween(step.at, step.dueAt) };
}

/** The steps a reader can step through: every step, the activity it is on (if any) highlighted on the graph. */
export function clampStep(index: number, count: number): number {
  if (count === 0) return 0;
  return Math.min(Math.max(index, 0), count - 1);
}

/** The next working-day morning (08:00 Belgrade, Monday–Friday) as a datetime-local value: a sensible default start. */
export function defaultStartLocal(now: Date = new Date()): string {
  const day = new Date(`${belgradeDay(now)}T12:00:00Z`);
  do {
    day.setUTCDate(day.getUTCDate() + 1);
  } while (day.getUTCDay() === 0 || day.getUTCDay() === 6);
  return `${day.toISOString().slice(0, 10)}T08:00`;
}
