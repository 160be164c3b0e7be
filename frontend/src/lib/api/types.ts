import type { components } from './schema';

type Schemas = components['schemas'];

export type Problem = Schemas['Problem'];
export type FieldError = NonNullable<Problem['errors']>[number];
export type Me = Schemas['Me'];
export type Area = Schemas['Area'];
export type AreaPage = Schemas['AreaPage'];
export type Household = Schemas['Household'];
export type HouseholdSummary = Schemas['HouseholdSummary'];
export type HouseholdPage = Schemas['HouseholdPage'];
export type HouseholdCreate = Schemas['HouseholdCreate'];
export type HouseholdUpdate = Schemas['HouseholdUpdate'];
export type HouseholdArchive = Schemas['HouseholdArchive'];
export type Housing = Household['housing'];
export type Member = Household['members'][number];
export type MemberCreate = Schemas['MemberCreate'];
export type MemberUpdate = Schemas['MemberUpdate'];
export type Departure = Schemas['Departure'];
export type HistoryPage = Schemas['HistoryPage'];
export type HistoryEntry = HistoryPage['items'][number];
export type FieldChange = NonNullable<HistoryEntry['changes']>[number];
export type AuditEventPage = Schemas['AuditEventPage'];
export type AuditEvent = AuditEventPage['items'][number];

export type Relationship = Member['relationship'];
export type Sex = Member['sex'];
export type Material = NonNullable<Housing['wallMaterial']>;
export type WaterSource = NonNullable<Housing['waterSource']>;
export type LatrineType = NonNullable<Housing['latrineType']>;
export type Device = NonNullable<Housing['devices']>[number];
export type LeaveReason = Departure['reason'];
export type ArchiveReason = HouseholdArchive['reason'];
