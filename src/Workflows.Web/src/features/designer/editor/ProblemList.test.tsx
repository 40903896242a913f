import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import i18n from '../../../i18n';
import { ProblemList } from './ProblemList';

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
});
