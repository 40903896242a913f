import { beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import i18n from '../../i18n';
import { TaskFiltersForm } from './TaskFiltersForm';

describe('the queue type filter', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('sr-Latn');
  });

  it("names each type as its workflow does in the reader's language, the web list only where the API has no name", () => {
    render(
      <TaskFiltersForm
        knownTypes={[
          { key: 'register-proceeding', label: 'Evidentirati postupak (iz toka rada)' },
          { key: 'needs-assessment', label: null },
          { key: 'never-heard-of', label: null },
        ]}
        onApply={vi.fn()}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Vrsta zadatka' });
    const options = within(select)
      .getAllByRole('option')
      .map((o) => [(o as HTMLOptionElement).value, o.textContent]);
    expect(options.slice(1)).toEqual([
      ['register-proceeding', 'Evidentirati postupak (iz toka rada)'],
      ['needs-assessment', i18n.t('queues:taskTypes.needs-assessment')],
      ['never-heard-of', 'Never heard of'],
    ]);
    expect(i18n.t('queues:taskTypes.needs-assessment')).not.toBe('needs-assessment');
  });
});
