import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import i18n from '../../i18n';
import { WorkflowInputFields } from './WorkflowInputFields';
import type { StartableInput } from './workflowStart';

// The API words a start input in the reader's language from the definition's texts (ADR 0055); the form shows that.
const inputs: StartableInput[] = [
  { name: 'child', label: 'Dete (mlađe od 18 godina)', type: 'boolean', required: false, description: 'Osoba je mlađa od 18 godina.' },
  { name: 'referredBy', label: 'Ko je uputio', type: 'string', required: true, description: null },
  { name: 'unlabelled', label: '', type: 'string', required: false, description: null },
];

describe('the start form inputs', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('sr-Latn');
  });

  it('labels each input with the label the API gives, its help beside it, and the name when there is none', () => {
    render(<WorkflowInputFields inputs={inputs} values={{}} onChange={() => undefined} problems={{}} errorsFor={() => []} />);

    expect(screen.getByLabelText('Dete (mlađe od 18 godina)')).toBeInstanceOf(HTMLSelectElement);
    expect(screen.getByText('Osoba je mlađa od 18 godina.')).toBeTruthy();
    expect(screen.getByLabelText('Ko je uputio *')).toBeInstanceOf(HTMLInputElement);
    expect(screen.getByLabelText('unlabelled')).toBeInstanceOf(HTMLInputElement);
    expect(screen.queryByText('child')).toBeNull();
  });
});
