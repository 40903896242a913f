import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import i18n from '../../../i18n';
import type { ActivityInput } from '../model/descriptors';
import { useInputTexts } from '../model/activityInputs';
import { InputEditor } from './InputEditor';

const input = (over: Partial<ActivityInput>): ActivityInput =>
  ({ name: 'x', type: 'text', displayName: null, description: null, required: false, syntax: ['literal'], uiHint: null, options: [], translatable: false, ...over }) as unknown as ActivityInput;

const priority = input({ name: 'priority', options: ['low', 'normal', 'high', 'urgent'], uiHint: 'dropdown' });
const taskType = input({ name: 'taskType', required: true, description: 'Stable kind of task, e.g. register-proceeding; queues filter on it.' });

function Editor({ type, of, value, onChange = () => undefined }: { type: string; of: ActivityInput; value?: string; onChange?: (v: unknown) => void }) {
  const texts = useInputTexts(type);
  return <InputEditor activityId="a" input={of} texts={texts} value={value} problems={undefined} onChange={onChange} />;
}

/** The texts an element's aria-describedby points at. */
const description = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');

describe('InputEditor labels', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('labels an input, its help and its options in the reader\'s language and keeps the stored value', async () => {
    await i18n.changeLanguage('sr-Latn');
    const onChange = vi.fn();
    render(<><Editor type="task.human" of={taskType} /><Editor type="task.human" of={priority} value="high" onChange={onChange} /></>);
    expect(description(screen.getByLabelText('Vrsta zadatka'))).toMatch(/po njoj se filtriraju redovi zadataka/);
    const select = screen.getByLabelText('Prioritet') as HTMLSelectElement;
    expect(select.value).toBe('high');
    expect(select.selectedOptions[0].textContent).toBe('Visok');
    fireEvent.change(select, { target: { value: 'urgent' } });
    expect(onChange).toHaveBeenLastCalledWith('urgent');
  });

  it('reads Cyrillic, transliterated from Serbian Latin', async () => {
    await i18n.changeLanguage('sr-Cyrl');
    render(<Editor type="task.human" of={taskType} />);
    expect(description(screen.getByLabelText('Врста задатка'))).toMatch(/^Стална ознака, нпр\. register-proceeding;/);
  });

  it('falls back to the descriptor\'s words for an input it has no text for', async () => {
    await i18n.changeLanguage('sr-Latn');
    render(<Editor type="module.future" of={input({ name: 'size', displayName: 'Size', description: 'How big.', options: ['xl'] })} />);
    expect(description(screen.getByLabelText('Size'))).toBe('How big.');
    expect(screen.getByRole('option', { name: 'xl' })).toBeTruthy();
  });
});
