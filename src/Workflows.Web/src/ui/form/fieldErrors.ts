import { ApiError } from '../../api/client';

/** The API's messages for one field of a form (none when the error is not the API's). */
export function fieldErrors(error: unknown, field: string): string[] {
  return error instanceof ApiError ? error.forField(field) : [];
}

/**
 * Whether the error has something the form's fields do not show: a failure that is not the API's, a refusal
 * without field errors, or errors for a field the form does not have.
 */
export function hasOtherErrors(error: unknown, fields: string[]): boolean {
  if (!error) return false;
  if (!(error instanceof ApiError)) return true;
  const known = new Set(fields.map((f) => f.toLowerCase()));
  const keys = Object.keys(error.fieldErrors);
  return keys.length === 0 || keys.some((k) => !known.has(k.toLowerCase()));
}

/** Whether the API's refusal carries the boolean extension <paramref name="name"/> (e.g. `nonWorkingDay`). */
export function problemFlag(error: unknown, name: string): boolean {
  return error instanceof ApiError && error.extensions[name] === true;
}
