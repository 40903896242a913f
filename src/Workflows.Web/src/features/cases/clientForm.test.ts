import { describe, expect, it } from 'vitest';
import { emptyClient, toClientIdentity } from './clientForm';

describe('toClientIdentity', () => {
  it('sends only a trimmed name when nothing else is filled', () => {
    expect(toClientIdentity({ ...emptyClient, fullName: '  Invented Person ' })).toEqual({
      fullName: 'Invented Person',
      dateOfBirth: null,
      nationality: null,
      documents: null,
      contacts: null,
      address: null,
    });
  });

  it('sends a half-filled document so the API can name the missing half', () => {
    expect(toClientIdentity({ ...emptyClient, fullName: 'X', documentNumber: 'A1' }).documents).toEqual([{ type: '', number: 'A1' }]);
  });

  it('sends an address only with at least one part', () => {
    expect(toClientIdentity({ ...emptyClient, fullName: 'X', city: 'Beograd' }).address).toEqual({ street: null, city: 'Beograd', postalCode: null, country: null });
  });
});
