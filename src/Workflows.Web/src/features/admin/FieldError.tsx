import { ApiError } from '../../api/client';

/** The API's messages for one field, placed under it; `id` is what the input's aria-describedby names. */
export function FieldError({ id, error, field }: { id: string; error: unknown; field: string }) {
  const messages = error instanceof ApiError ? error.forField(field) : [];
  if (messages.length === 0) return null;
  return (
    <p id={id} className="field-error">
      {messages.join(' ')}
    </p>
  );
}

export function fieldInvalid(error: unknown, field: string): boolean {
  return error instanceof ApiError && error.forField(field).length > 0;
}

/** Whether the error has anything not tied to one of the given fields, to be shown above the form. */
export function hasOtherErrors(error: unknown, fields: string[]): boolean {
  if (!error) return false;
  if (!(error instanceof ApiError)) return true;
  const known = new Set(fields.map((f) => f.toLowerCase()));
  const other = Object.keys(error.fieldErrors).filter((k) => !known.has(k.toLowerCase()));
  return other.length > 0 || Object.keys(error.fieldErrors).length === 0;
}
