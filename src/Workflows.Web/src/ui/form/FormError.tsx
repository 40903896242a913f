import type { ReactNode } from 'react';
import { ApiError } from '../../api/client';
import { ErrorMessage } from '../ErrorMessage';
import { hasOtherErrors } from './fieldErrors';

interface Props {
  error: unknown;
  /** The API's names of the fields the form shows, whose messages already stand next to them. */
  fields: string[];
  /** Said instead when the form's own fields have messages (so a screen reader hears that something failed). */
  fixFields?: string;
  /** For a 403 without the API's own detail; without it the generic "no access" text is shown. */
  forbidden?: string;
  /** A wrapper's class; the wrapper is left out too when there is nothing to show. */
  className?: string;
}

/** What of a failed submit the fields do not show: a refusal in the API's own words, or a failure. */
export function FormError({ className, ...props }: Props) {
  const content = formErrorContent(props);
  return content && className ? <div className={className}>{content}</div> : content;
}

function formErrorContent({ error, fields, fixFields, forbidden }: Omit<Props, 'className'>): ReactNode {
  if (!error) return null;
  if (error instanceof ApiError) {
    if (fixFields && fields.some((f) => error.forField(f).length > 0)) {
      return (
        <p role="alert" className="error">
          {fixFields}
        </p>
      );
    }
    if (forbidden && error.status === 403) {
      return (
        <p role="alert" className="error">
          {error.detail ?? forbidden}
        </p>
      );
    }
  }
  return hasOtherErrors(error, fields) ? <ErrorMessage error={error} /> : null;
}
