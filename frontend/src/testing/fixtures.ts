import type {
  Area,
  Assessment,
  CommuneReview,
  Household,
  HouseholdClassification,
  HouseholdPage,
  HouseholdSummary,
  Member,
  PovertyStandard,
  ReviewCase,
  ReviewCaseSummary,
  ReviewCycle,
  ReviewSummary,
  ReviewSummaryRow,
} from '@/lib/api/types';

export const communes: Area[] = [
  { code: '29956', name: 'Xã Thường Phước 1', level: 'COMMUNE', unitType: 'COMMUNE', parentCode: '870', areaType: 'RURAL', validFrom: '2020-01-01', demo: false },
  { code: '29971', name: 'Thị trấn Thường Thới Tiền', level: 'COMMUNE', unitType: 'TOWNSHIP', parentCode: '870', areaType: 'URBAN', validFrom: '2020-01-01', demo: false },
];

export const hamlets: Area[] = [
  { code: '29956-01', name: 'Ấp Phước Mỹ', level: 'HAMLET', unitType: 'HAMLET', parentCode: '29956', areaType: 'RURAL', validFrom: '2020-01-01', demo: true },
  { code: '29956-02', name: 'Ấp Phước Hòa', level: 'HAMLET', unitType: 'HAMLET', parentCode: '29956', areaType: 'RURAL', validFrom: '2020-01-01', demo: true },
];

export function areaPage(items: Area[]) {
  return { items, page: 0, size: 100, totalItems: items.length, totalPages: 1 };
}

export const summary = (overrides: Partial<HouseholdSummary> = {}): HouseholdSummary => ({
  id: '7b0c7a9e-1111-4c1e-9a57-000000000001',
  code: '29956-000123',
  communeCode: '29956',
  communeName: 'Xã Thường Phước 1',
  hamletCode: '29956-01',
  hamletName: 'Ấp Phước Mỹ',
  address: 'Số 12, ấp Phước Mỹ',
  headName: 'Nguyễn Văn An',
  memberCount: 4,
  archived: false,
  updatedAt: '2025-03-02T08:15:00Z',
  ...overrides,
});

export function householdPage(items: HouseholdSummary[], page = 0, size = 20, totalItems = items.length): HouseholdPage {
  return { items, page, size, totalItems, totalPages: Math.max(1, Math.ceil(totalItems / size)), totalItemsExact: true };
}

export const head: Member = {
  id: 'm-1',
  personId: 'p-1',
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '1980-05-12',
  sex: 'MALE',
  relationship: 'HEAD',
  citizenId: '086080001234',
  ethnicity: 'KINH',
  disability: 'NONE',
  schoolAttendance: 'NOT_APPLICABLE',
  educationLevel: 'LOWER_SECONDARY',
  employment: 'SELF_EMPLOYED',
  labourContract: 'NOT_APPLICABLE',
  joinedOn: '2020-01-01',
  joinReason: 'REGISTERED',
};

export const household = (overrides: Partial<Household> = {}): Household => ({
  id: '7b0c7a9e-1111-4c1e-9a57-000000000001',
  code: '29956-000123',
  communeCode: '29956',
  communeName: 'Xã Thường Phước 1',
  hamletCode: '29956-01',
  hamletName: 'Ấp Phước Mỹ',
  address: 'Số 12, ấp Phước Mỹ',
  phone: '0912345678',
  headMemberId: 'm-1',
  headName: 'Nguyễn Văn An',
  monthlyIncomePerCapitaVnd: 1400000,
  housing: {
    floorAreaM2: 36,
    wallMaterial: 'BRICK_STONE',
    columnMaterial: 'REINFORCED_CONCRETE',
    roofMaterial: 'METAL_SHEET',
    waterSource: 'DRILLED_WELL',
    latrineType: 'SEMI_SEPTIC',
    usesTelecom: true,
    devices: ['TV', 'SMARTPHONE'],
    hearsLoudspeaker: true,
  },
  members: [head],
  archived: false,
  createdAt: '2024-01-10T02:00:00Z',
  createdBy: 'xa.thuongphuoc1',
  updatedAt: '2025-03-02T08:15:00Z',
  updatedBy: 'xa.thuongphuoc1',
  version: 3,
  ...overrides,
});

/* ---- the annual review: a 2022 periodic cycle under ND07_2021 */

export const CYCLE_ID = 'c0c0c0c0-2022-4000-8000-000000000001';
export const COMMUNE_REVIEW_ID = 'c0c0c0c0-2022-4000-8000-000000029956';
export const CASE_ID = 'c0c0c0c0-2022-4000-8000-0000000ca5e1';

export const communeReview = (overrides: Partial<CommuneReview> = {}): CommuneReview => ({
  id: COMMUNE_REVIEW_ID,
  cycleId: CYCLE_ID,
  communeCode: '29956',
  communeName: 'Xã Thường Phước 1',
  stage: 'ASSESSING',
  householdsAtStart: 120,
  progress: { total: 12, listed: 1, assessed: 0, agreed: 11, returned: 0, disputed: 0, decided: 0 },
  meetings: 3,
  late: false,
  version: 4,
  ...overrides,
});

export const reviewCycle = (overrides: Partial<ReviewCycle> = {}): ReviewCycle => ({
  id: CYCLE_ID,
  kind: 'PERIODIC',
  year: 2022,
  standardCode: 'ND07_2021',
  referenceDate: '2022-10-01',
  opensOn: '2022-09-01',
  closesOn: '2022-12-14',
  state: 'OPEN',
  communes: [
    communeReview(),
    communeReview({
      id: 'c0c0c0c0-2022-4000-8000-000000029971',
      communeCode: '29971',
      communeName: 'Thị trấn Thường Thới Tiền',
      stage: 'DECIDED',
      progress: { total: 9, listed: 0, assessed: 0, agreed: 0, returned: 0, disputed: 0, decided: 9 },
      postedFrom: '2022-10-17',
      postedTo: '2022-10-21',
      decisionNumber: '125/QĐ-UBND',
      decidedOn: '2022-10-25',
    }),
  ],
  version: 2,
  ...overrides,
});

export const caseSummary = (overrides: Partial<ReviewCaseSummary> = {}): ReviewCaseSummary => ({
  id: CASE_ID,
  householdId: '7b0c7a9e-1111-4c1e-9a57-000000000001',
  householdCode: '29956-000123',
  headName: 'Nguyễn Văn An',
  communeCode: '29956',
  hamletCode: '29956-01',
  hamletName: 'Ấp Phước Mỹ',
  origin: 'APPLICATION',
  appliedOn: '2022-09-12',
  statusStart: 'NOT_POOR',
  state: 'LISTED',
  openComplaints: 0,
  version: 1,
  ...overrides,
});

export const assessment = (overrides: Partial<Assessment> = {}): Assessment => ({
  id: 'a55e55e5-2022-4000-8000-000000000001',
  caseId: CASE_ID,
  assessedOn: '2022-10-10',
  assessedBy: 'xa.thuongphuoc1',
  reviewerName: 'Lê Thị Hoa',
  monthlyIncomePerCapitaVnd: 1200000,
  indicators: [
    { code: 'EMPLOYMENT', proposed: 'DEPRIVED', evidence: [], deprived: true, overridden: false },
    {
      code: 'HEALTH_INSURANCE',
      proposed: 'DEPRIVED',
      evidence: [],
      deprived: false,
      overridden: true,
      reason: 'Thẻ BHYT đã gia hạn ngày 15/9',
    },
  ],
  deprivationCount: 1,
  deprivationScore: 10,
  status: 'NEAR_POOR',
  standardCode: 'ND07_2021',
  createdAt: '2022-10-10T03:00:00Z',
  ...overrides,
});

export const reviewCase = (overrides: Partial<ReviewCase> = {}): ReviewCase => ({
  summary: caseSummary(),
  cycleId: CYCLE_ID,
  communeReviewId: COMMUNE_REVIEW_ID,
  standardCode: 'ND07_2021',
  referenceDate: '2022-10-01',
  assessments: [],
  votes: [],
  complaints: [],
  ...overrides,
});

const indicator = (code: string, dimension: string, nameVi: string, nameEn: string) => ({
  code,
  dimension,
  nameVi,
  nameEn,
  descriptionVi: nameVi,
  descriptionEn: nameEn,
});

/** ND07_2021 as the API sends it, with four of its indicators (enough for the forms). */
export const nd07Standard = (overrides: Partial<PovertyStandard> = {}): PovertyStandard => ({
  code: 'ND07_2021',
  name: 'Chuẩn nghèo đa chiều giai đoạn 2022–2025',
  nameEn: 'Multidimensional poverty standard 2022–2025',
  legalCitation: 'Nghị định 07/2021/NĐ-CP ngày 27/01/2021, Điều 3',
  validFrom: '2022-01-01',
  validTo: '2026-12-31',
  rule: 'INCOME_AND_DEPRIVATION',
  deprivationCutoff: 3,
  scorePointsPerIndicator: 10,
  thresholds: [
    { areaType: 'RURAL', povertyLineVnd: 1500000, middleIncomeCeilingVnd: 2250000, incomeScoreLine: 140 },
    { areaType: 'URBAN', povertyLineVnd: 2000000, middleIncomeCeilingVnd: 3000000, incomeScoreLine: 175 },
  ],
  indicators: [
    indicator('EMPLOYMENT', 'EMPLOYMENT', 'Việc làm', 'Employment'),
    indicator('NUTRITION', 'HEALTH', 'Dinh dưỡng', 'Nutrition'),
    indicator('HEALTH_INSURANCE', 'HEALTH', 'Bảo hiểm y tế', 'Health insurance'),
    indicator('HOUSING_AREA', 'HOUSING', 'Diện tích nhà ở bình quân đầu người', 'Floor area per person'),
  ],
  unconfirmed: [],
  ...overrides,
});

/** The classification card the assessment form starts from: one proposal of each kind. */
export const proposals = (overrides: Partial<HouseholdClassification> = {}): HouseholdClassification => ({
  householdId: '7b0c7a9e-1111-4c1e-9a57-000000000001',
  householdCode: '29956-000123',
  headName: 'Nguyễn Văn An',
  communeCode: '29956',
  areaType: 'RURAL',
  referenceDate: '2022-10-01',
  standardCode: 'ND07_2021',
  standardName: 'Chuẩn nghèo đa chiều giai đoạn 2022–2025',
  legalCitation: 'Nghị định 07/2021/NĐ-CP',
  monthlyIncomePerCapitaVnd: 1400000,
  incomeLineVnd: 1500000,
  middleIncomeCeilingVnd: 2250000,
  status: 'NEAR_POOR',
  deprivationCount: 2,
  deprivationScore: 20,
  indicators: [
    {
      code: 'EMPLOYMENT',
      dimension: 'EMPLOYMENT',
      nameVi: 'Việc làm',
      nameEn: 'Employment',
      outcome: 'DEPRIVED',
      rule: 'a working-age member is unemployed or a wage worker without a labour contract',
      evidence: [{ subject: 'Nguyễn Văn An', fact: 'labourContract', value: 'NONE' }],
    },
    {
      code: 'NUTRITION',
      dimension: 'HEALTH',
      nameVi: 'Dinh dưỡng',
      nameEn: 'Nutrition',
      outcome: 'UNKNOWN',
      rule: 'not recorded in the registry; the reviewer assesses it',
      evidence: [],
    },
    {
      code: 'HEALTH_INSURANCE',
      dimension: 'HEALTH',
      nameVi: 'Bảo hiểm y tế',
      nameEn: 'Health insurance',
      outcome: 'DEPRIVED',
      rule: 'a member aged 6 or older has no valid health-insurance card',
      evidence: [{ subject: 'Nguyễn Văn An', fact: 'healthInsuranceExpiry', value: '2021-12-31' }],
    },
    {
      code: 'HOUSING_AREA',
      dimension: 'HOUSING',
      nameVi: 'Diện tích nhà ở bình quân đầu người',
      nameEn: 'Floor area per person',
      outcome: 'NOT_DEPRIVED',
      rule: 'floor area per person below 8 m²',
      evidence: [{ subject: 'household', fact: 'floorAreaPerPersonM2', value: '12.50' }],
    },
  ],
  explanation: [],
  incomplete: true,
  unconfirmed: [],
  ...overrides,
});

export const summaryRow = (overrides: Partial<ReviewSummaryRow> = {}): ReviewSummaryRow => ({
  areaCode: '29956',
  areaName: 'Xã Thường Phước 1',
  households: 120,
  poorStart: 6,
  nearPoorStart: 6,
  poorEnd: 5,
  nearPoorEnd: 7,
  poorRateStart: 5,
  poorRateEnd: 4.17,
  nearPoorRateStart: 5,
  nearPoorRateEnd: 5.83,
  poorRateChangePp: -0.83,
  meetsTarget: true,
  decided: true,
  transitions: { REMAINED_POOR: 5, POOR_TO_NEAR_POOR: 1, REMAINED_NEAR_POOR: 6 },
  ...overrides,
});

export const reviewSummary = (overrides: Partial<ReviewSummary> = {}): ReviewSummary => ({
  cycleId: CYCLE_ID,
  year: 2022,
  provisional: true,
  targetChangePp: -0.6,
  communes: [
    summaryRow({ decided: false, meetsTarget: false, poorEnd: 6, poorRateEnd: 5, poorRateChangePp: 0, transitions: {} }),
    summaryRow({
      areaCode: '29971',
      areaName: 'Thị trấn Thường Thới Tiền',
      households: 90,
      poorStart: 3,
      poorEnd: 3,
      poorRateStart: 3.33,
      poorRateEnd: 3.33,
      poorRateChangePp: 0,
      meetsTarget: false,
      transitions: { REMAINED_POOR: 3, NEWLY_NEAR_POOR: 2 },
    }),
  ],
  district: summaryRow({
    areaCode: '870',
    areaName: 'Huyện Hồng Ngự',
    households: 210,
    poorStart: 9,
    poorEnd: 9,
    poorRateStart: 4.29,
    poorRateEnd: 4.29,
    poorRateChangePp: 0,
    meetsTarget: false,
    decided: false,
    transitions: { REMAINED_POOR: 3, NEWLY_NEAR_POOR: 2 },
  }),
  ...overrides,
});
