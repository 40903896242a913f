import type { ReactNode } from 'react';
import { ApiError } from '../../api/client';

export interface InputA11y {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

interface Props {
  id: string;
  label: string;
  /** The API's name for the field, whose messages are shown under the input. */
  field?: string;
  error?: unknown;
  hint?: string;
  /** A message found before sending (the API would refuse without naming the field). */
  localError?: string | null;
  children: (input: InputA11y) => ReactNode;
}

/**
 * A label, the input, a hint and the API's messages for the field right under it. The hint and messages stay
 * outside the label so the input's name is just the label, and reach screen readers through aria-describedby.
 */
export function Field({ id, label, field, error, hint, localError, children }: Props) {
  const messages = [...(localError ? [localError] : []), ...(field && error instanceof ApiError ? error.forField(field) : [])];
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = messages.length > 0 ? `${id}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': messages.length > 0, 'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined })}
      {hint && <small id={hintId}>{hint}</small>}
      {errorId && (
        <p id={errorId} className="field-error">
          {messages.join(' ')}
        </p>
      )}
    </div>
  );
}
