import type { BenefitProgram, Entitlement } from '@/lib/api/types';

export const HOUSEHOLD_ID = '7b0c7a9e-1111-4c1e-9a57-000000000001';

export const healthInsurance: BenefitProgram = {
  code: 'HEALTH_INSURANCE',
  kind: 'HEALTH_INSURANCE',
  name: 'Hỗ trợ đóng bảo hiểm y tế',
  nameEn: 'Health-insurance premium support',
  leadUnit: 'Bảo hiểm xã hội huyện',
  legalCitation: 'Nghị định 146/2018/NĐ-CP',
  rules: [
    {
      code: 'HI_POOR',
      legalCitation: 'Nghị định 146/2018/NĐ-CP, Điều 3',
      validFrom: '2018-12-01',
      target: 'PERSON',
      statuses: ['POOR'],
      requiresDisability: false,
      requiresEthnicMinority: false,
      derived: true,
      supportRatePercent: 100,
      provincialTopUpPercent: 0,
      validity: 'TO_END_OF_NEXT_YEAR',
      oncePerPerson: false,
      priority: 1,
      terms: {},
      unconfirmed: [],
    },
  ],
};

export const loanPoor: BenefitProgram = {
  code: 'LOAN_POOR',
  kind: 'LOAN',
  name: 'Cho vay hộ nghèo',
  nameEn: 'Loans to poor households',
  leadUnit: 'Ngân hàng Chính sách xã hội huyện',
  legalCitation: 'Nghị định 78/2002/NĐ-CP',
  rules: [
    {
      code: 'LOAN_POOR',
      legalCitation: 'Nghị định 78/2002/NĐ-CP',
      validFrom: '2002-10-04',
      target: 'HOUSEHOLD',
      statuses: ['POOR'],
      requiresDisability: false,
      requiresEthnicMinority: false,
      derived: true,
      provincialTopUpPercent: 0,
      amountCapVnd: 100_000_000,
      interestRatePercent: 6.6,
      validity: 'UNTIL_NEXT_STATUS',
      oncePerPerson: false,
      priority: 1,
      terms: {},
      unconfirmed: [],
    },
  ],
};

export const training: BenefitProgram = {
  code: 'VOCATIONAL_TRAINING',
  kind: 'VOCATIONAL_TRAINING',
  name: 'Hỗ trợ đào tạo trình độ sơ cấp, dưới 3 tháng',
  nameEn: 'Vocational training support',
  leadUnit: 'Trung tâm Giáo dục nghề nghiệp huyện',
  legalCitation: 'Quyết định 46/2015/QĐ-TTg',
  rules: [],
};

export const programs = [healthInsurance, loanPoor, training];

export function entitlement(overrides: Partial<Entitlement> = {}): Entitlement {
  return {
    id: 'e-1',
    programCode: 'HEALTH_INSURANCE',
    ruleCode: 'HI_POOR',
    householdId: HOUSEHOLD_ID,
    communeCode: '29956',
    memberId: 'm-1',
    personId: 'p-1',
    fullName: 'Nguyễn Văn An',
    supportRatePercent: 100,
    validFrom: '2026-10-25',
    validTo: '2027-12-31',
    state: 'ELIGIBLE',
    createdAt: '2026-10-25T03:00:00Z',
    createdBy: 'huyen.lan',
    updatedAt: '2026-10-25T03:00:00Z',
    updatedBy: 'huyen.lan',
    events: [
      {
        kind: 'ELIGIBLE',
        toState: 'ELIGIBLE',
        occurredOn: '2026-10-25',
        detail: { rule: 'HI_POOR' },
        recordedAt: '2026-10-25T03:00:00Z',
        recordedBy: 'huyen.lan',
      },
    ],
    ...overrides,
  };
}
