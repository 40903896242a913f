import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import i18n from '../../../i18n';
import type { InstanceActivity } from './api';
import { WaitingTasks } from './WaitingTasks';

const activity = (activityId: string, waitingFor: InstanceActivity['waitingFor']): InstanceActivity => ({
  activityId, type: 'task.human', name: `Step ${activityId}`, state: 'waiting', completedAt: null, outcome: null, waitingFor, incident: null,
});

describe('the waiting tasks of an instance', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('sr-Latn');
  });

  it('links each waiting task to its page and leaves out events and timers', () => {
    render(
      <MemoryRouter>
        <WaitingTasks
          activities={[
            activity('review', { kind: 'task', name: 'Pregledati slučaj', due: null, taskId: '0190a1b2-0000-7000-8000-000000000009' }),
            activity('decided', { kind: 'event', name: 'identification-decided', due: null, taskId: null }),
            activity('pause', { kind: 'timer', name: null, due: '2026-12-09T08:00:00Z', taskId: null }),
          ]}
        />
      </MemoryRouter>,
    );

    expect(screen.getByRole('heading', { name: 'Zadaci koji čekaju' })).toBeTruthy();
    const links = screen.getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([['Pregledati slučaj', '/tasks/0190a1b2-0000-7000-8000-000000000009']]);
    expect(screen.getByText(/korak: Step review/)).toBeTruthy();
  });

  it('shows nothing when no task waits', () => {
    const { container } = render(
      <MemoryRouter>
        <WaitingTasks activities={[activity('decided', { kind: 'event', name: 'x', due: null, taskId: null })]} />
      </MemoryRouter>,
    );
    expect(container.textContent).toBe('');
  });
});
