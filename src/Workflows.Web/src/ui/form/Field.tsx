import { useId, type ReactNode } from 'react';
import { FieldError } from './FieldError';

/** What the control needs to be tied to its label, hint and messages. */
export interface InputA11y {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface FieldProps {
  label: ReactNode;
  /** The control's id (generated when left out); the hint and the messages get `<id>-hint` and `<id>-error`. */
  id?: string;
  hint?: ReactNode;
  /** Messages found before sending and the API's messages for the field (see `fieldErrors`). */
  errors?: readonly string[];
  className?: string;
  children: (input: InputA11y) => ReactNode;
}

/**
 * A label, the control, a hint and the messages for the field right under it. The hint and messages stay outside
 * the label so the control's name is just the label, and reach screen readers through aria-describedby.
 */
export function Field({ label, id, hint, errors = [], className, children }: FieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = errors.length > 0 ? `${inputId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={inputId}>{label}</label>
      {children({ id: inputId, 'aria-invalid': errorId ? true : undefined, 'aria-describedby': describedBy })}
      {hint && <small id={hintId}>{hint}</small>}
      <FieldError id={`${inputId}-error`} messages={errors} />
    </div>
  );
}
