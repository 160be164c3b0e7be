import type { TFunction } from 'i18next';
import type {
  ArchiveReason,
  Device,
  LatrineType,
  LeaveReason,
  Material,
  Member,
  Relationship,
  Sex,
  WaterSource,
} from '@/lib/api/types';

export const RELATIONSHIPS: readonly Relationship[] = [
  'HEAD',
  'SPOUSE',
  'CHILD',
  'PARENT',
  'GRANDCHILD',
  'GRANDPARENT',
  'SIBLING',
  'CHILD_IN_LAW',
  'OTHER_RELATIVE',
  'OTHER',
];
export const SEXES: readonly Sex[] = ['MALE', 'FEMALE'];
export const ETHNICITIES: readonly Member['ethnicity'][] = ['KINH', 'KHMER', 'HOA', 'CHAM', 'OTHER'];
export const DISABILITIES: readonly Member['disability'][] = ['NONE', 'MILD', 'SEVERE', 'EXTREMELY_SEVERE'];
export const SCHOOL_ATTENDANCES: readonly Member['schoolAttendance'][] = [
  'NOT_APPLICABLE',
  'ATTENDING',
  'NOT_ATTENDING',
];
export const EDUCATION_LEVELS: readonly Member['educationLevel'][] = [
  'NONE',
  'PRIMARY',
  'LOWER_SECONDARY',
  'UPPER_SECONDARY',
  'VOCATIONAL_ELEMENTARY',
  'VOCATIONAL_INTERMEDIATE',
  'COLLEGE',
  'UNIVERSITY',
];
export const EMPLOYMENTS: readonly Member['employment'][] = [
  'EMPLOYED_WAGE',
  'SELF_EMPLOYED',
  'UNEMPLOYED',
  'NOT_IN_LABOUR_FORCE',
  'STUDENT',
  'RETIRED',
];
export const LABOUR_CONTRACTS: readonly Member['labourContract'][] = [
  'NOT_APPLICABLE',
  'NONE',
  'FIXED_TERM',
  'INDEFINITE',
];
export const MATERIALS: readonly Material[] = [
  'REINFORCED_CONCRETE',
  'BRICK_STONE',
  'HARDWOOD',
  'METAL_SHEET',
  'SOFTWOOD_PLANKS',
  'BAMBOO_LEAVES',
  'MUD',
  'OTHER',
];
export const WATER_SOURCES: readonly WaterSource[] = [
  'PIPED',
  'DRILLED_WELL',
  'PROTECTED_DUG_WELL',
  'UNPROTECTED_DUG_WELL',
  'PROTECTED_SPRING',
  'RAINWATER',
  'BOTTLED',
  'SURFACE_WATER',
  'OTHER',
];
export const LATRINE_TYPES: readonly LatrineType[] = [
  'SEPTIC',
  'SEMI_SEPTIC',
  'POUR_FLUSH',
  'VENTILATED_PIT',
  'DOUBLE_VAULT',
  'FISH_POND',
  'OPEN_PIT',
  'NONE',
];
export const DEVICES: readonly Device[] = ['TV', 'RADIO', 'COMPUTER', 'SMARTPHONE', 'TABLET'];
export const LEAVE_REASONS: readonly LeaveReason[] = ['DIED', 'MOVED_AWAY', 'MARRIED_OUT', 'OTHER'];
export const ARCHIVE_REASONS: readonly ArchiveReason[] = ['MOVED_AWAY', 'MERGED', 'DISSOLVED', 'DUPLICATE'];

export type EnumGroup =
  | 'relationship'
  | 'sex'
  | 'ethnicity'
  | 'disability'
  | 'schoolAttendance'
  | 'educationLevel'
  | 'employment'
  | 'labourContract'
  | 'material'
  | 'waterSource'
  | 'latrineType'
  | 'device'
  | 'leaveReason'
  | 'archiveReason';

export function enumLabel(t: TFunction, group: EnumGroup, value: string | null | undefined): string {
  if (!value) return '';
  return t(`households.enums.${group}.${value}`, { defaultValue: value });
}

export interface Option {
  value: string;
  label: string;
}

/** Options for a native select, with an empty "choose…" first when the value is required. */
export function enumOptions(
  t: TFunction,
  group: EnumGroup,
  values: readonly string[],
  placeholder?: string,
): Option[] {
  const options = values.map((value) => ({ value, label: enumLabel(t, group, value) }));
  return placeholder === undefined ? options : [{ value: '', label: placeholder }, ...options];
}

/** Which enum a changed field holds, so the history shows its label instead of the code. */
export const FIELD_ENUM: Record<string, EnumGroup> = {
  relationship: 'relationship',
  formerHeadRelationship: 'relationship',
  sex: 'sex',
  ethnicity: 'ethnicity',
  disability: 'disability',
  schoolAttendance: 'schoolAttendance',
  educationLevel: 'educationLevel',
  employment: 'employment',
  labourContract: 'labourContract',
  wallMaterial: 'material',
  columnMaterial: 'material',
  roofMaterial: 'material',
  waterSource: 'waterSource',
  latrineType: 'latrineType',
  devices: 'device',
  leaveReason: 'leaveReason',
  archiveReason: 'archiveReason',
};

export const DATE_FIELDS = new Set([
  'dateOfBirth',
  'joinedOn',
  'leftOn',
  'healthInsuranceExpiry',
  'date',
]);
export const TIMESTAMP_FIELDS = new Set(['archivedAt', 'createdAt', 'updatedAt']);
export const MONEY_FIELDS = new Set(['monthlyIncomePerCapitaVnd']);
