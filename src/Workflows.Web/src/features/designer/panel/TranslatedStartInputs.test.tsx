import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import i18n from '../../../i18n';
import { TranslatedStartInputs } from './TranslatedStartInputs';

const inputs = [
  { name: 'referredBy', type: 'string' },
  { name: 'child', type: 'boolean', description: 'The person is under 18.' },
];

describe('TranslatedStartInputs', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('edits start input labels and help under inputs.<name>.label|description, English labels too', async () => {
    await i18n.changeLanguage('en');
    const onTexts = vi.fn();
    const { rerender } = render(<TranslatedStartInputs inputs={inputs} language="sr-Latn" texts={{ 'sr-Latn': { 'inputs.child.label': 'Dete' } }} onTexts={onTexts} />);

    expect((screen.getByLabelText(/^Label of “child”/) as HTMLInputElement).value).toBe('Dete');
    fireEvent.change(screen.getByLabelText(/^Help for “child”/), { target: { value: 'Osoba je mlađa od 18 godina.' } });
    expect(onTexts).toHaveBeenLastCalledWith({ 'sr-Latn': { 'inputs.child.label': 'Dete', 'inputs.child.description': 'Osoba je mlađa od 18 godina.' } });
    // An input without a description has no help to translate.
    expect(screen.queryByLabelText(/^Help for “referredBy”/)).toBeNull();

    rerender(<TranslatedStartInputs inputs={inputs} language="en" texts={undefined} onTexts={onTexts} />);
    fireEvent.change(screen.getByLabelText(/^Label of “referredBy”/), { target: { value: 'Referred by' } });
    expect(onTexts).toHaveBeenLastCalledWith({ en: { 'inputs.referredBy.label': 'Referred by' } });
    expect(screen.queryByLabelText(/^Help for “child”/)).toBeNull();
  });

  it('shows nothing for a workflow without start inputs', () => {
    const { container } = render(<TranslatedStartInputs inputs={undefined} language="sr-Latn" texts={undefined} onTexts={() => undefined} />);
    expect(container.textContent).toBe('');
  });
});
