import { ApiError } from '../../api/client';

/** The API's messages for one field, next to that field. */
export function FieldError({ error, field, id }: { error: unknown; field: string; id: string }) {
  const messages = error instanceof ApiError ? error.forField(field) : [];
  if (messages.length === 0) return null;
  return (
    <p id={id} className="field-error">
      {messages.join(' ')}
    </p>
  );
}

export function hasFieldError(error: unknown, field: string): boolean {
  return error instanceof ApiError && error.forField(field).length > 0;
}

/** An error not tied to one of the form's fields (403, 409, …), shown above the form's buttons. */
export function isFormLevel(error: unknown, fields: string[]): boolean {
  if (!error) return false;
  if (!(error instanceof ApiError)) return true;
  return !fields.some((f) => error.forField(f).length > 0);
}
