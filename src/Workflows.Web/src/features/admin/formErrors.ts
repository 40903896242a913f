import { ApiError } from '../../api/client';

/** Whether the error has anything not tied to one of the given fields, to be shown above the form. */
export function hasOtherErrors(error: unknown, fields: string[]): boolean {
  if (!error) return false;
  if (!(error instanceof ApiError)) return true;
  const known = new Set(fields.map((f) => f.toLowerCase()));
  const other = Object.keys(error.fieldErrors).filter((k) => !known.has(k.toLowerCase()));
  return other.length > 0 || Object.keys(error.fieldErrors).length === 0;
}
