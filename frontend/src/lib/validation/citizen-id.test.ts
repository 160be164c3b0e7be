import { describe, expect, it } from 'vitest';
import { isHealthInsuranceCardNumber, isPhoneNumber, validateCitizenId } from './citizen-id';

describe('validateCitizenId', () => {
  it.each([
    ['079085001234', { dateOfBirth: '1985-04-02', sex: 'MALE' as const }],
    ['001190000001', { dateOfBirth: '1990-12-31', sex: 'FEMALE' as const }],
    ['096205123456', { dateOfBirth: '2005-01-01', sex: 'MALE' as const }],
    ['086310000009', { dateOfBirth: '2010-06-15', sex: 'FEMALE' as const }],
    ['086310000009', {}],
  ])('accepts %s', (id, context) => {
    expect(validateCitizenId(id, context)).toBeNull();
  });

  it.each([
    ['07908500123', 'format'],
    ['0790850012345', 'format'],
    ['07908500123A', 'format'],
    [' 079085001234', 'format'],
    ['000085001234', 'province'],
    ['097085001234', 'province'],
    ['079485001234', 'century'],
    ['079985001234', 'century'],
  ])('rejects %s as %s', (id, error) => {
    expect(validateCitizenId(id)).toBe(error);
  });

  it('checks the century digit against the year of birth', () => {
    expect(validateCitizenId('079285001234', { dateOfBirth: '1985-04-02' })).toBe('centuryMismatch');
    expect(validateCitizenId('079005001234', { dateOfBirth: '2005-04-02' })).toBe('centuryMismatch');
  });

  it('checks digits 5–6 against the last two digits of the year of birth', () => {
    expect(validateCitizenId('079086001234', { dateOfBirth: '1985-04-02' })).toBe('birthYear');
  });

  it('checks the sex digit against the sex', () => {
    expect(validateCitizenId('079085001234', { sex: 'FEMALE' })).toBe('sexMismatch');
    expect(validateCitizenId('079185001234', { sex: 'MALE' })).toBe('sexMismatch');
    expect(validateCitizenId('079385001234', { sex: 'FEMALE' })).toBeNull();
  });
});

describe('other identifiers', () => {
  it('health-insurance card numbers are two letters and thirteen digits', () => {
    expect(isHealthInsuranceCardNumber('HN4012345678901')).toBe(true);
    expect(isHealthInsuranceCardNumber('HN401234567890')).toBe(false);
    expect(isHealthInsuranceCardNumber('H14012345678901')).toBe(false);
  });

  it('phone numbers start with 0 and have 10 or 11 digits', () => {
    expect(isPhoneNumber('0912345678')).toBe(true);
    expect(isPhoneNumber('0270 3812 345')).toBe(true);
    expect(isPhoneNumber('912345678')).toBe(false);
  });
});
