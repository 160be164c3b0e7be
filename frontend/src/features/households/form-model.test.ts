import { describe, expect, it } from 'vitest';
import { household } from '@/testing/fixtures';
import {
  emptyHousehold,
  emptyMember,
  householdCreateBody,
  householdErrors,
  householdToForm,
  householdUpdateBody,
  type HouseholdFormValues,
} from './form-model';

const TODAY = '2025-06-01';

function filled(): HouseholdFormValues {
  const v = emptyHousehold('29956');
  v.hamletCode = '29956-01';
  v.address = 'Số 5, ấp Phước Mỹ';
  v.members = [
    { ...emptyMember('HEAD'), fullName: 'Lê Văn Cường', dateOfBirth: '03/02/1975', sex: 'MALE', citizenId: '086075000111' },
    { ...emptyMember('SPOUSE'), fullName: 'Phạm Thị Dung', dateOfBirth: '20/11/1978', sex: 'FEMALE' },
  ];
  return v;
}

describe('household form checks', () => {
  it('accepts a complete household', () => {
    expect(householdErrors(filled(), { withMembers: true }, TODAY)).toEqual({});
  });

  it('requires the commune, hamlet, address and each member’s name, birth date, sex and relationship', () => {
    const v = emptyHousehold();
    v.members[0].relationship = '';
    expect(householdErrors(v, { withMembers: true }, TODAY)).toMatchObject({
      communeCode: 'households.validation.required',
      hamletCode: 'households.validation.required',
      address: 'households.validation.required',
      'members.0.fullName': 'households.validation.required',
      'members.0.dateOfBirth': 'households.validation.required',
      'members.0.sex': 'households.validation.required',
      'members.0.relationship': 'households.validation.required',
    });
  });

  it('needs exactly one head', () => {
    const none = filled();
    none.members[0].relationship = 'CHILD';
    expect(householdErrors(none, { withMembers: true }, TODAY).members).toBe('households.validation.exactlyOneHead');
    const two = filled();
    two.members[1].relationship = 'HEAD';
    expect(householdErrors(two, { withMembers: true }, TODAY).members).toBe('households.validation.exactlyOneHead');
  });

  it('checks citizen ids against the member’s birth year and sex, and for duplicates', () => {
    const v = filled();
    v.members[1].citizenId = '086078000222';
    expect(householdErrors(v, { withMembers: true }, TODAY)['members.1.citizenId']).toBe(
      'households.validation.citizenId.sexMismatch',
    );
    v.members[1].citizenId = '086075000111';
    v.members[1].sex = 'MALE';
    v.members[1].dateOfBirth = '01/01/1975';
    expect(householdErrors(v, { withMembers: true }, TODAY)['members.1.citizenId']).toBe(
      'households.validation.citizenId.duplicate',
    );
  });

  it('rejects impossible and future dates', () => {
    const v = filled();
    v.members[0].dateOfBirth = '31/02/1975';
    v.members[1].dateOfBirth = '02/06/2025';
    const errors = householdErrors(v, { withMembers: true }, TODAY);
    expect(errors['members.0.dateOfBirth']).toBe('households.validation.date');
    expect(errors['members.1.dateOfBirth']).toBe('households.validation.dateInFuture');
  });
});

describe('request bodies', () => {
  it('sends ISO dates, integer VND and nulls for blanks', () => {
    const v = filled();
    v.monthlyIncomePerCapitaVnd = 1500000;
    const body = householdCreateBody(v);
    expect(body.members[0]).toMatchObject({ dateOfBirth: '1975-02-03', citizenId: '086075000111' });
    expect(body.members[1]).toMatchObject({ dateOfBirth: '1978-11-20' });
    expect(body.members[1].citizenId).toBeUndefined();
    expect(body.monthlyIncomePerCapitaVnd).toBe(1500000);
    expect(body.phone).toBeUndefined();
    expect(body.housing?.wallMaterial).toBeUndefined();
  });

  it('round-trips a household through the edit form', () => {
    const h = household();
    const body = householdUpdateBody(householdToForm(h));
    expect(body).toEqual({
      hamletCode: h.hamletCode,
      address: h.address,
      phone: h.phone,
      monthlyIncomePerCapitaVnd: h.monthlyIncomePerCapitaVnd,
      housing: h.housing,
    });
  });
});
