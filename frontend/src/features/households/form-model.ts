import type {
  Device,
  Household,
  HouseholdCreate,
  HouseholdUpdate,
  LatrineType,
  Material,
  Member,
  MemberCreate,
  MemberUpdate,
  Relationship,
  Sex,
  WaterSource,
} from '@/lib/api/types';
import { formatDate, parseDisplayDate, todayIso } from '@/lib/format';
import {
  isHealthInsuranceCardNumber,
  isPhoneNumber,
  validateCitizenId,
} from '@/lib/validation/citizen-id';

/** One member as the form holds it: dates as typed (dd/mm/yyyy), empty strings for "not chosen". */
export interface MemberFormValues {
  key: string;
  fullName: string;
  dateOfBirth: string;
  sex: Sex | '';
  relationship: Relationship | '';
  citizenId: string;
  ethnicity: Member['ethnicity'];
  disability: Member['disability'];
  schoolAttendance: Member['schoolAttendance'];
  educationLevel: Member['educationLevel'];
  employment: Member['employment'];
  labourContract: Member['labourContract'];
  healthInsuranceCardNumber: string;
  healthInsuranceExpiry: string;
  joinedOn: string;
}

export interface HousingFormValues {
  floorAreaM2: number | '';
  wallMaterial: Material | '';
  columnMaterial: Material | '';
  roofMaterial: Material | '';
  waterSource: WaterSource | '';
  latrineType: LatrineType | '';
  usesTelecom: boolean;
  devices: Device[];
  hearsLoudspeaker: boolean;
}

export interface HouseholdFormValues {
  communeCode: string;
  hamletCode: string;
  address: string;
  phone: string;
  monthlyIncomePerCapitaVnd: number | '';
  housing: HousingFormValues;
  members: MemberFormValues[];
}

/** Error keys (i18n) by form path, e.g. { "members.0.citizenId": "households.validation.citizenId.format" }. */
export type FormErrors = Record<string, string>;

let keySeed = 0;
export function newMemberKey(): string {
  keySeed += 1;
  return `m${Date.now().toString(36)}${keySeed}`;
}

export function emptyMember(relationship: Relationship | '' = ''): MemberFormValues {
  return {
    key: newMemberKey(),
    fullName: '',
    dateOfBirth: '',
    sex: '',
    relationship,
    citizenId: '',
    ethnicity: 'KINH',
    disability: 'NONE',
    schoolAttendance: 'NOT_APPLICABLE',
    educationLevel: 'NONE',
    employment: 'SELF_EMPLOYED',
    labourContract: 'NOT_APPLICABLE',
    healthInsuranceCardNumber: '',
    healthInsuranceExpiry: '',
    joinedOn: '',
  };
}

export function emptyHousehold(communeCode = ''): HouseholdFormValues {
  return {
    communeCode,
    hamletCode: '',
    address: '',
    phone: '',
    monthlyIncomePerCapitaVnd: '',
    housing: {
      floorAreaM2: '',
      wallMaterial: '',
      columnMaterial: '',
      roofMaterial: '',
      waterSource: '',
      latrineType: '',
      usesTelecom: false,
      devices: [],
      hearsLoudspeaker: false,
    },
    members: [emptyMember('HEAD')],
  };
}

export function memberToForm(member: Member): MemberFormValues {
  return {
    key: member.id,
    fullName: member.fullName,
    dateOfBirth: formatDate(member.dateOfBirth),
    sex: member.sex,
    relationship: member.relationship,
    citizenId: member.citizenId ?? '',
    ethnicity: member.ethnicity,
    disability: member.disability,
    schoolAttendance: member.schoolAttendance,
    educationLevel: member.educationLevel,
    employment: member.employment,
    labourContract: member.labourContract,
    healthInsuranceCardNumber: member.healthInsuranceCardNumber ?? '',
    healthInsuranceExpiry: formatDate(member.healthInsuranceExpiry),
    joinedOn: formatDate(member.joinedOn),
  };
}

export function householdToForm(household: Household): HouseholdFormValues {
  const h = household.housing ?? {};
  return {
    communeCode: household.communeCode,
    hamletCode: household.hamletCode,
    address: household.address,
    phone: household.phone ?? '',
    monthlyIncomePerCapitaVnd: household.monthlyIncomePerCapitaVnd ?? '',
    housing: {
      floorAreaM2: h.floorAreaM2 ?? '',
      wallMaterial: h.wallMaterial ?? '',
      columnMaterial: h.columnMaterial ?? '',
      roofMaterial: h.roofMaterial ?? '',
      waterSource: h.waterSource ?? '',
      latrineType: h.latrineType ?? '',
      usesTelecom: h.usesTelecom ?? false,
      devices: [...(h.devices ?? [])],
      hearsLoudspeaker: h.hearsLoudspeaker ?? false,
    },
    members: household.members.map(memberToForm),
  };
}

/** Left-out properties mean "not known"; the contract has no nulls in request bodies. */
const blankToUndefined = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());
const numberOrUndefined = (value: number | ''): number | undefined => (value === '' ? undefined : value);

function housingBody(h: HousingFormValues): HouseholdUpdate['housing'] {
  return {
    floorAreaM2: numberOrUndefined(h.floorAreaM2),
    wallMaterial: h.wallMaterial || undefined,
    columnMaterial: h.columnMaterial || undefined,
    roofMaterial: h.roofMaterial || undefined,
    waterSource: h.waterSource || undefined,
    latrineType: h.latrineType || undefined,
    usesTelecom: h.usesTelecom,
    devices: h.devices,
    hearsLoudspeaker: h.hearsLoudspeaker,
  };
}

export function memberUpdateBody(m: MemberFormValues): MemberUpdate {
  return {
    fullName: m.fullName.trim(),
    dateOfBirth: parseDisplayDate(m.dateOfBirth) ?? m.dateOfBirth,
    sex: m.sex as Sex,
    relationship: m.relationship as Relationship,
    citizenId: blankToUndefined(m.citizenId),
    ethnicity: m.ethnicity,
    disability: m.disability,
    schoolAttendance: m.schoolAttendance,
    educationLevel: m.educationLevel,
    employment: m.employment,
    labourContract: m.labourContract,
    healthInsuranceCardNumber: blankToUndefined(m.healthInsuranceCardNumber.toUpperCase()),
    healthInsuranceExpiry: parseDisplayDate(m.healthInsuranceExpiry) ?? undefined,
  };
}

export function memberCreateBody(m: MemberFormValues): MemberCreate {
  const body: MemberCreate = memberUpdateBody(m);
  const joinedOn = parseDisplayDate(m.joinedOn);
  if (joinedOn) body.joinedOn = joinedOn;
  return body;
}

export function householdCreateBody(v: HouseholdFormValues): HouseholdCreate {
  return {
    communeCode: v.communeCode,
    hamletCode: v.hamletCode,
    address: v.address.trim(),
    phone: blankToUndefined(v.phone),
    monthlyIncomePerCapitaVnd: numberOrUndefined(v.monthlyIncomePerCapitaVnd),
    housing: housingBody(v.housing),
    members: v.members.map(memberCreateBody),
  };
}

export function householdUpdateBody(v: HouseholdFormValues): HouseholdUpdate {
  return {
    hamletCode: v.hamletCode,
    address: v.address.trim(),
    phone: blankToUndefined(v.phone),
    monthlyIncomePerCapitaVnd: numberOrUndefined(v.monthlyIncomePerCapitaVnd),
    housing: housingBody(v.housing),
  };
}

const V = 'households.validation';

/** Client-side checks of one member; paths are relative to the member. */
export function memberErrors(m: MemberFormValues, today: string = todayIso()): FormErrors {
  const errors: FormErrors = {};
  if (!m.fullName.trim()) errors.fullName = `${V}.required`;
  else if (m.fullName.trim().length > 100) errors.fullName = `${V}.tooLong`;
  const dob = parseDisplayDate(m.dateOfBirth);
  if (!m.dateOfBirth.trim()) errors.dateOfBirth = `${V}.required`;
  else if (!dob) errors.dateOfBirth = `${V}.date`;
  else if (dob > today) errors.dateOfBirth = `${V}.dateInFuture`;
  if (!m.sex) errors.sex = `${V}.required`;
  if (!m.relationship) errors.relationship = `${V}.required`;
  if (m.citizenId.trim()) {
    const problem = validateCitizenId(m.citizenId.trim(), { dateOfBirth: dob, sex: m.sex || null });
    if (problem) errors.citizenId = `${V}.citizenId.${problem}`;
  }
  if (m.healthInsuranceCardNumber.trim() && !isHealthInsuranceCardNumber(m.healthInsuranceCardNumber.trim().toUpperCase())) {
    errors.healthInsuranceCardNumber = `${V}.healthInsuranceCard`;
  }
  if (m.healthInsuranceExpiry.trim() && !parseDisplayDate(m.healthInsuranceExpiry)) {
    errors.healthInsuranceExpiry = `${V}.date`;
  }
  if (m.healthInsuranceExpiry.trim() && !m.healthInsuranceCardNumber.trim() && !errors.healthInsuranceExpiry) {
    errors.healthInsuranceExpiry = `${V}.cardNumberMissing`;
  }
  if (m.joinedOn.trim()) {
    const joined = parseDisplayDate(m.joinedOn);
    if (!joined) errors.joinedOn = `${V}.date`;
    else if (joined > today) errors.joinedOn = `${V}.dateInFuture`;
    else if (dob && joined < dob) errors.joinedOn = `${V}.joinedBeforeBirth`;
  }
  return errors;
}

/** Client-side checks of the household form: required fields, citizen ids, exactly one head. */
export function householdErrors(
  v: HouseholdFormValues,
  options: { withMembers: boolean },
  today: string = todayIso(),
): FormErrors {
  const errors: FormErrors = {};
  if (!v.communeCode) errors.communeCode = `${V}.required`;
  if (!v.hamletCode) errors.hamletCode = `${V}.required`;
  if (!v.address.trim()) errors.address = `${V}.required`;
  if (v.phone.trim() && !isPhoneNumber(v.phone)) errors.phone = `${V}.phone`;
  if (v.monthlyIncomePerCapitaVnd !== '' && (v.monthlyIncomePerCapitaVnd < 0 || !Number.isInteger(v.monthlyIncomePerCapitaVnd))) {
    errors.monthlyIncomePerCapitaVnd = `${V}.nonNegativeInteger`;
  }
  if (v.housing.floorAreaM2 !== '' && v.housing.floorAreaM2 < 0) errors['housing.floorAreaM2'] = `${V}.nonNegative`;
  if (!options.withMembers) return errors;

  if (v.members.length === 0 || v.members.length > 30) errors.members = `${V}.membersCount`;
  const heads = v.members.filter((m) => m.relationship === 'HEAD').length;
  if (heads !== 1) errors.members = `${V}.exactlyOneHead`;
  const seen = new Map<string, number>();
  v.members.forEach((m, i) => {
    for (const [path, key] of Object.entries(memberErrors(m, today))) errors[`members.${i}.${path}`] = key;
    const id = m.citizenId.trim();
    if (id && !errors[`members.${i}.citizenId`]) {
      if (seen.has(id)) errors[`members.${i}.citizenId`] = `${V}.citizenId.duplicate`;
      else seen.set(id, i);
    }
  });
  return errors;
}

/** Whether a form path (from a problem pointer) names an input of these values. */
export function hasPath(values: unknown, path: string): boolean {
  let current: unknown = values;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object' || !(segment in (current as object))) return false;
    current = (current as Record<string, unknown>)[segment];
  }
  return true;
}
