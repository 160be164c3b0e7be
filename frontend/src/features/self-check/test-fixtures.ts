import type { PovertyEvaluation, PovertyIndicator, PovertyStandard } from '@/lib/api/types';

const indicator = (code: string, dimension: string, nameVi: string, nameEn: string): PovertyIndicator => ({
  code,
  dimension,
  nameVi,
  nameEn,
  descriptionVi: `Mô tả ${nameVi}`,
  descriptionEn: `Description of ${nameEn}`,
});

/** Decree 07/2021 as the API describes it (DOMAIN.md §2.2–2.5). */
export const nd07: PovertyStandard = {
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
    { areaType: 'RURAL', povertyLineVnd: 1_500_000, nearPoorCeilingVnd: undefined, middleIncomeCeilingVnd: 2_250_000, incomeScoreLine: 140 },
    { areaType: 'URBAN', povertyLineVnd: 2_000_000, nearPoorCeilingVnd: undefined, middleIncomeCeilingVnd: 3_000_000, incomeScoreLine: 175 },
  ],
  indicators: [
    indicator('EMPLOYMENT', 'EMPLOYMENT', 'Việc làm', 'Employment'),
    indicator('DEPENDANTS', 'EMPLOYMENT', 'Người phụ thuộc trong hộ gia đình', 'Dependants in the household'),
    indicator('NUTRITION', 'HEALTH', 'Dinh dưỡng', 'Nutrition'),
    indicator('HEALTH_INSURANCE', 'HEALTH', 'Bảo hiểm y tế', 'Health insurance'),
    indicator('ADULT_EDUCATION', 'EDUCATION', 'Trình độ giáo dục của người lớn', 'Adult education'),
    indicator('CHILD_SCHOOL_ATTENDANCE', 'EDUCATION', 'Tình trạng đi học của trẻ em', 'Child school attendance'),
    indicator('HOUSING_QUALITY', 'HOUSING', 'Chất lượng nhà ở', 'Housing quality'),
    indicator('HOUSING_AREA', 'HOUSING', 'Diện tích nhà ở bình quân đầu người', 'Floor area per person'),
    indicator('DRINKING_WATER', 'WATER_SANITATION', 'Nguồn nước sinh hoạt', 'Domestic water source'),
    indicator('SANITATION', 'WATER_SANITATION', 'Nhà tiêu hợp vệ sinh', 'Hygienic latrine'),
    indicator('TELECOM_SERVICES', 'INFORMATION', 'Sử dụng dịch vụ viễn thông', 'Use of telecom services'),
    indicator('INFORMATION_ACCESS', 'INFORMATION', 'Phương tiện phục vụ tiếp cận thông tin', 'Means of access to information'),
  ],
  unconfirmed: [],
};

/** Decision 59/2015 (2016–2021): no scores, income or deprivation. */
export const qd59: PovertyStandard = {
  ...nd07,
  code: 'QD59_2015',
  name: 'Quyết định 59/2015/QĐ-TTg — chuẩn nghèo tiếp cận đa chiều 2016–2020',
  legalCitation: 'Quyết định 59/2015/QĐ-TTg ngày 19/11/2015',
  validFrom: '2016-01-05',
  validTo: '2021-12-31',
  rule: 'INCOME_OR_DEPRIVATION',
  scorePointsPerIndicator: undefined,
  thresholds: [
    { areaType: 'RURAL', povertyLineVnd: 700_000, nearPoorCeilingVnd: 1_000_000, middleIncomeCeilingVnd: 1_500_000, incomeScoreLine: undefined },
    { areaType: 'URBAN', povertyLineVnd: 900_000, nearPoorCeilingVnd: 1_300_000, middleIncomeCeilingVnd: 1_950_000, incomeScoreLine: undefined },
  ],
  unconfirmed: ['thresholds.RURAL.middleIncomeCeilingVnd', 'thresholds.URBAN.middleIncomeCeilingVnd'],
};

/** Decree 351/2025 (2027–2030). */
export const nd351: PovertyStandard = {
  ...nd07,
  code: 'ND351_2025',
  name: 'Nghị định 351/2025/NĐ-CP — chuẩn nghèo đa chiều giai đoạn 2026–2030',
  legalCitation: 'Nghị định 351/2025/NĐ-CP ngày 30/12/2025',
  validFrom: '2027-01-01',
  validTo: '2030-12-31',
  thresholds: [
    { areaType: 'RURAL', povertyLineVnd: 2_200_000, middleIncomeCeilingVnd: undefined, incomeScoreLine: undefined },
    { areaType: 'URBAN', povertyLineVnd: 2_800_000, middleIncomeCeilingVnd: undefined, incomeScoreLine: undefined },
  ],
  indicators: [
    ...nd07.indicators.filter((i) => i.code !== 'INFORMATION_ACCESS'),
    indicator('WASTE_TREATMENT', 'ENVIRONMENT', 'Xử lý rác thải sinh hoạt', 'Household waste treatment'),
  ],
  unconfirmed: ['thresholds.RURAL.middleIncomeCeilingVnd'],
};

export const evaluation = (overrides: Partial<PovertyEvaluation> = {}): PovertyEvaluation => ({
  standardCode: 'ND07_2021',
  standardName: nd07.name,
  legalCitation: nd07.legalCitation,
  referenceDate: '2026-11-26',
  areaType: 'RURAL',
  status: 'POOR',
  deprivationCount: 3,
  deprivationScore: 30,
  incomeLineVnd: 1_500_000,
  middleIncomeCeilingVnd: 2_250_000,
  incomeScoreLine: 140,
  incomeAtOrBelowLine: true,
  explanation: [
    { code: 'INCOME_AT_OR_BELOW_LINE', text: 'Thu nhập bình quân 1.200.000 đồng/người/tháng, không cao hơn chuẩn nghèo nông thôn 1.500.000 đồng.' },
    { code: 'DEPRIVATIONS_AT_OR_ABOVE_CUTOFF', text: 'Hộ thiếu hụt 3 chỉ số, bằng hoặc nhiều hơn mức 3 chỉ số.' },
  ],
  deprivedIndicators: nd07.indicators.filter((i) => ['HEALTH_INSURANCE', 'HOUSING_AREA', 'SANITATION'].includes(i.code)),
  unconfirmed: [],
  ...overrides,
});
