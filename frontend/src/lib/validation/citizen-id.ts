import type { Sex } from '@/lib/api/types';

/**
 * Why a citizen id (số định danh cá nhân) is not acceptable, or null when it is:
 * 12 digits; digits 1–3 a province code 001–096; digit 4 the century and sex
 * (0 male 1900s, 1 female 1900s, 2 male 2000s, 3 female 2000s); digits 5–6 the last two
 * digits of the year of birth.
 */
export type CitizenIdError = 'format' | 'province' | 'century' | 'centuryMismatch' | 'sexMismatch' | 'birthYear';

export interface CitizenIdContext {
  /** ISO date of birth, when known. */
  dateOfBirth?: string | null;
  sex?: Sex | null;
}

export function validateCitizenId(value: string, context: CitizenIdContext = {}): CitizenIdError | null {
  if (!/^\d{12}$/.test(value)) return 'format';
  const province = Number(value.slice(0, 3));
  if (province < 1 || province > 96) return 'province';
  const centurySex = Number(value[3]);
  if (centurySex > 3) return 'century';
  const century = centurySex < 2 ? 1900 : 2000;
  const female = centurySex % 2 === 1;
  const yearDigits = value.slice(4, 6);

  const year = context.dateOfBirth ? Number(context.dateOfBirth.slice(0, 4)) : NaN;
  if (!Number.isNaN(year) && year >= 1000) {
    if (Math.floor(year / 100) * 100 !== century) return 'centuryMismatch';
    if ((year % 100).toString().padStart(2, '0') !== yearDigits) return 'birthYear';
  }
  if (context.sex && (context.sex === 'FEMALE') !== female) return 'sexMismatch';
  return null;
}

/** Health-insurance card number: two letters and thirteen digits. */
export function isHealthInsuranceCardNumber(value: string): boolean {
  return /^[A-Z]{2}\d{13}$/.test(value);
}

/** A Vietnamese phone number: 10 or 11 digits starting with 0. */
export function isPhoneNumber(value: string): boolean {
  return /^0\d{9,10}$/.test(value.replace(/[\s.]/g, ''));
}
