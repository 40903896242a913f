import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import i18n from '../../../i18n';
import type { ActivityDefinition } from '../model/definition';
import type { ActivityType } from '../model/descriptors';
import { TranslatedFormTexts } from './TranslatedFormTexts';

const descriptor = {
  inputs: [
    { name: 'form', uiHint: 'task-form' },
    { name: 'outcomes', uiHint: 'outcomes' },
  ],
} as unknown as ActivityType;

const activity = {
  id: 'review',
  type: 'task.human',
  inputs: {
    form: [{ name: 'decision', label: 'Decision', type: 'choice', options: ['accept', 'refuse'] }, { name: 'note', type: 'text' }],
    outcomes: ['Approved', 'NotNeeded'],
  },
} as unknown as ActivityDefinition;

describe('TranslatedFormTexts', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('edits the Serbian texts of field labels, choices and outcome buttons under their catalogue keys', async () => {
    await i18n.changeLanguage('en');
    const onTexts = vi.fn();
    render(<TranslatedFormTexts activity={activity} descriptor={descriptor} language="sr-Latn" texts={{ 'sr-Latn': { 'review.form.decision.label': 'Odluka' } }} onTexts={onTexts} />);

    expect((screen.getByLabelText(/^Field “decision”/) as HTMLInputElement).value).toBe('Odluka');
    fireEvent.change(screen.getByLabelText(/^Choice “refuse” \(decision\)/), { target: { value: 'odbijeno' } });
    expect(onTexts).toHaveBeenLastCalledWith({ 'sr-Latn': { 'review.form.decision.label': 'Odluka', 'review.form.decision.options.refuse': 'odbijeno' } });
    fireEvent.change(screen.getByLabelText(/^Button “NotNeeded”/), { target: { value: 'Nije potrebno' } });
    expect(onTexts).toHaveBeenLastCalledWith({ 'sr-Latn': { 'review.form.decision.label': 'Odluka', 'review.outcomes.NotNeeded': 'Nije potrebno' } });
    // A field without an English label has nothing to translate.
    expect(screen.queryByLabelText(/^Field “note”/)).toBeNull();
  });
});
