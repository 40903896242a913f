import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import i18n from '../../../i18n';
import type { Problem } from '../model/problems';
import { ProblemList } from './ProblemList';

const has = (text: string) => screen.getByText(new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));

describe('ProblemList', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('words a coded problem in the reader language and script, and keeps the English message for an uncoded one', async () => {
    const problems = [
      { activityId: 'review', input: 'role', message: "Activity 'review' needs a 'role' or an 'assignee'.", code: 'taskNeedsRole', args: { activity: 'review', input: 'role' } },
      { activityId: null, input: null, message: 'Something the web app has no text for.', code: 'notYetKnown', args: null },
    ];
    await i18n.changeLanguage('sr-Latn');
    const { rerender } = render(<ProblemList problems={problems} />);
    expect(screen.getByText(/Zadatak 'review' mora imati ulogu ili izvršioca\./)).toBeTruthy();
    expect(screen.getByText(/Something the web app has no text for\./)).toBeTruthy();

    await i18n.changeLanguage('sr-Cyrl');
    rerender(<ProblemList problems={[...problems]} />);
    expect(screen.getByText(/Задатак 'review' мора имати улогу или извршиоца\./)).toBeTruthy();

    await i18n.changeLanguage('en');
    rerender(<ProblemList problems={[...problems]} />);
    expect(screen.getByText(/Task 'review' needs a role or an assignee\./)).toBeTruthy();
  });

  it('names an input by its label in the reader language when the activity type is known, and keeps a path or an unknown input as written', async () => {
    const problems: Problem[] = [
      { activityId: 'review', input: 'taskType', message: "Activity 'review' is missing the required input 'taskType'.", code: 'missingInput', args: { activity: 'review', input: 'taskType' } },
      { activityId: 'review', input: 'colour', message: "Activity 'review' (task.human) has no input 'colour'.", code: 'unknownInput', args: { activity: 'review', input: 'colour', type: 'task.human' } },
      { activityId: 'review', input: 'escalations[0].after', message: 'x', code: 'missingInput', args: { activity: 'review', input: 'escalations[0].after' } },
    ];
    const types = (id: string) => (id === 'review' ? 'task.human' : undefined);
    await i18n.changeLanguage('sr-Latn');
    const { rerender } = render(<ProblemList problems={problems} types={types} />);
    expect(has("Aktivnosti 'review' nedostaje obavezno polje 'Vrsta zadatka'.")).toBeTruthy();
    expect(screen.getByText('review · Vrsta zadatka')).toBeTruthy();
    expect(has("Aktivnost 'review' (task.human) nema polje 'colour'.")).toBeTruthy();
    expect(has("Aktivnosti 'review' nedostaje obavezno polje 'escalations[0].after'.")).toBeTruthy();

    await i18n.changeLanguage('sr-Cyrl');
    rerender(<ProblemList problems={[...problems]} types={types} />);
    expect(has("Активности 'review' недостаје обавезно поље 'Врста задатка'.")).toBeTruthy();

    await i18n.changeLanguage('en');
    rerender(<ProblemList problems={[...problems]} />);
    expect(has("Activity 'review' is missing the required input 'taskType'.")).toBeTruthy();
  });
});
