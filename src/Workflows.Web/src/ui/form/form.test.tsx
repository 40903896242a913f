import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import i18n from '../../i18n';
import { ApiError } from '../../api/client';
import { Field } from './Field';
import { FormError } from './FormError';
import { TextField } from './TextField';
import { fieldErrors, hasOtherErrors } from './fieldErrors';

const refusal = (errors: Record<string, string[]>, status = 400, detail?: string) => new ApiError(status, 'One or more validation errors occurred.', detail, errors);

describe('form fields', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('en');
  });

  it('names the control by its label alone and describes it by its hint and messages', () => {
    render(
      <Field id="reason" label="Reason" hint="Shown to the team" errors={['Reason is required.']}>
        {(a11y) => <input {...a11y} />}
      </Field>,
    );
    const input = screen.getByLabelText('Reason');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('reason-hint reason-error');
    expect(document.getElementById('reason-error')?.textContent).toBe('Reason is required.');
    expect(document.getElementById('reason-hint')?.textContent).toBe('Shown to the team');
  });

  it('leaves a valid control unmarked', () => {
    render(<TextField label="Court" value="" onChange={() => undefined} />);
    const input = screen.getByLabelText('Court');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(input.getAttribute('aria-describedby')).toBeNull();
  });

  it("reads one field's messages from the API's error, whatever the case of its name", () => {
    expect(fieldErrors(refusal({ Room: ['Too long.'] }), 'room')).toEqual(['Too long.']);
    expect(fieldErrors(new Error('offline'), 'room')).toEqual([]);
  });

  it('tells whether anything is left for above the form', () => {
    expect(hasOtherErrors(null, ['room'])).toBe(false);
    expect(hasOtherErrors(refusal({ room: ['x'] }), ['room'])).toBe(false);
    expect(hasOtherErrors(refusal({ room: ['x'], other: ['y'] }), ['room'])).toBe(true);
    expect(hasOtherErrors(refusal({}, 409), ['room'])).toBe(true);
    expect(hasOtherErrors(new Error('offline'), ['room'])).toBe(true);
  });
});

describe('the form-level error', () => {
  it('shows nothing when every message stands next to its field', () => {
    const { container } = render(<FormError error={refusal({ room: ['x'] })} fields={['room']} className="wide" />);
    expect(container.innerHTML).toBe('');
  });

  it('says to fix the marked fields when asked to', () => {
    render(<FormError error={refusal({ room: ['x'] })} fields={['room']} fixFields="Correct the marked fields." />);
    expect(screen.getByRole('alert').textContent).toBe('Correct the marked fields.');
  });

  it("shows a 403 in the API's words, or the form's own text", () => {
    const { unmount } = render(<FormError error={refusal({}, 403, 'Only the case team may do this.')} fields={[]} forbidden="Not allowed." />);
    expect(screen.getByRole('alert').textContent).toBe('Only the case team may do this.');
    unmount();
    render(<FormError error={refusal({}, 403)} fields={[]} forbidden="Not allowed." />);
    expect(screen.getByRole('alert').textContent).toBe('Not allowed.');
  });

  it('shows any other failure, wrapped when a class is given', () => {
    const { container } = render(<FormError error={new Error('Network down')} fields={['room']} className="wide" />);
    expect(container.querySelector('.wide [role="alert"]')?.textContent).toBe('Network down');
  });
});
