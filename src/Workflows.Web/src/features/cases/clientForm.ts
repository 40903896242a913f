import type { ClientIdentity } from './api';

/** The new-case form's identity fields as typed; every field is a string so inputs stay controlled. */
export interface ClientFields {
  fullName: string;
  dateOfBirth: string;
  nationality: string;
  documentType: string;
  documentNumber: string;
  contactType: string;
  contactValue: string;
  street: string;
  city: string;
  postalCode: string;
  country: string;
}

export const emptyClient: ClientFields = {
  fullName: '',
  dateOfBirth: '',
  nationality: '',
  documentType: '',
  documentNumber: '',
  contactType: '',
  contactValue: '',
  street: '',
  city: '',
  postalCode: '',
  country: '',
};

const orNull = (s: string) => (s.trim() ? s.trim() : null);

/**
 * The request's client object. A document or contact row is sent when either half is filled, so the API can say
 * which half is missing; an empty address is left out.
 */
export function toClientIdentity(f: ClientFields): ClientIdentity {
  const address = { street: orNull(f.street), city: orNull(f.city), postalCode: orNull(f.postalCode), country: orNull(f.country) };
  return {
    fullName: f.fullName.trim(),
    dateOfBirth: orNull(f.dateOfBirth),
    nationality: orNull(f.nationality),
    documents: f.documentType.trim() || f.documentNumber.trim() ? [{ type: f.documentType.trim(), number: f.documentNumber.trim() }] : null,
    contacts: f.contactType.trim() || f.contactValue.trim() ? [{ type: f.contactType.trim(), value: f.contactValue.trim() }] : null,
    address: Object.values(address).some((v) => v !== null) ? address : null,
  };
}

/** The API's error key for each form field (ClientValidation.cs). */
export const apiField: Record<keyof ClientFields, string> = {
  fullName: 'client.fullName',
  dateOfBirth: 'client.dateOfBirth',
  nationality: 'client.nationality',
  documentType: 'client.documents[0].type',
  documentNumber: 'client.documents[0].number',
  contactType: 'client.contacts[0].type',
  contactValue: 'client.contacts[0].value',
  street: 'client.address.street',
  city: 'client.address.city',
  postalCode: 'client.address.postalCode',
  country: 'client.address.country',
};

/** The form's fields from a revealed identity, to correct it; only the first document and contact are edited here. */
export function fromClientIdentity(c: ClientIdentity): ClientFields {
  const document = c.documents?.[0];
  const contact = c.contacts?.[0];
  return {
    fullName: c.fullName,
    dateOfBirth: c.dateOfBirth ?? '',
    nationality: c.nationality ?? '',
    documentType: document?.type ?? '',
    documentNumber: document?.number ?? '',
    contactType: contact?.type ?? '',
    contactValue: contact?.value ?? '',
    street: c.address?.street ?? '',
    city: c.address?.city ?? '',
    postalCode: c.address?.postalCode ?? '',
    country: c.address?.country ?? '',
  };
}

/** The record/correct endpoint takes the identity itself as the body, so its error keys have no `client.` prefix. */
export const recordApiField = (field: keyof ClientFields): string => apiField[field].slice('client.'.length);

/**
 * The corrected identity: the form edits the first document and contact; any further ones the identity had are kept,
 * so a correction never drops what the form does not show.
 */
export function correctedIdentity(fields: ClientFields, original: ClientIdentity | null): ClientIdentity {
  const edited = toClientIdentity(fields);
  if (!original) return edited;
  const documents = [...(edited.documents ?? []), ...(original.documents?.slice(1) ?? [])];
  const contacts = [...(edited.contacts ?? []), ...(original.contacts?.slice(1) ?? [])];
  return { ...edited, documents: documents.length > 0 ? documents : null, contacts: contacts.length > 0 ? contacts : null };
}
