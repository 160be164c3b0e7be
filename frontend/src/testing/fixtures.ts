import type { Area, Household, HouseholdPage, HouseholdSummary, Member } from '@/lib/api/types';

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
