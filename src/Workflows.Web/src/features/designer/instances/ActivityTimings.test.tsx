import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import i18n from '../../../i18n';
import type { ActivityDefinition } from '../model/definition';
import { ActivityTimings } from './ActivityTimings';

const task = {
  id: 'review',
  type: 'task.human',
  inputs: {
    taskType: 'review',
    due: { workingDays: 2 },
    followUp: 'PT4H',
    escalations: [
      { after: '80%', notify: ['assignee'] },
      { after: 'due', notify: ['Coordinator'], raisePriority: true },
      { after: { workingDays: 5 }, notify: ['Director'] },
    ],
  },
} as unknown as ActivityDefinition;

const facts = () => Object.fromEntries([...document.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));

describe('ActivityTimings', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('says the due, the follow-up and the escalations in words', async () => {
    await i18n.changeLanguage('en');
    render(<ActivityTimings activity={task} />);
    expect(facts()).toMatchObject({ Due: '2 working days', 'Follow up': '4 hours' });
    const escalations = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(escalations[0]).toBe('when 80% of the time until due has passed: The assignee');
    expect(escalations[1]).toMatch(/^when due: .+, priority raised$/);
    expect(escalations[2]).toMatch(/^5 working days after due: /);
  });

  it('uses the Serbian plural forms, in Latin and Cyrillic', async () => {
    await i18n.changeLanguage('sr-Latn');
    const { unmount } = render(<ActivityTimings activity={task} />);
    expect(facts()).toMatchObject({ Rok: '2 radna dana', Provera: '4 sata' });
    expect(screen.getAllByRole('listitem')[2].textContent).toMatch(/^5 radnih dana posle isteka roka: /);
    unmount();
    await i18n.changeLanguage('sr-Cyrl');
    render(<ActivityTimings activity={task} />);
    expect(facts()).toMatchObject({ Рок: '2 радна дана', Провера: '4 сата' });
  });

  it('shows nothing for an activity without durations, and leaves scripts out', async () => {
    const { container } = render(<ActivityTimings activity={{ id: 'wait', type: 'timer.delay', inputs: { duration: { js: 'vars.wait' } } } as unknown as ActivityDefinition} />);
    expect(container.textContent).toBe('');
  });
});
