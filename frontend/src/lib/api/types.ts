import type { components } from './schema';

type Schemas = components['schemas'];

/**
 * The contract leaves every response property optional. These are the properties the service
 * always sends; the API functions narrow the answers to them at the boundary.
 */
type Sent<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: Exclude<T[P], undefined | null> };

interface Page<T> {
  items: T[];
  page: number;
  size: number;
  totalItems: number;
  totalPages: number;
}

/** totalItems is a lower bound when totalItemsExact is false (more than 1,000 matches). */
type BoundedPage<T> = Page<T> & { totalItemsExact: boolean };

export type FieldError = Schemas['FieldError'];
/** A problem as the SPA handles it: the server's, or one made up for a failure that never reached it. */
export type Problem = Partial<Schemas['Problem']>;

export type Me = Sent<Schemas['Caller'], 'username' | 'jobRoles' | 'permissions' | 'scope'>;
export type Area = Sent<Schemas['Area'], 'code' | 'name' | 'level' | 'unitType'>;
export type AreaPage = Page<Area>;

export type Member = Sent<
  Schemas['Member'],
  | 'id'
  | 'fullName'
  | 'dateOfBirth'
  | 'sex'
  | 'relationship'
  | 'ethnicity'
  | 'disability'
  | 'schoolAttendance'
  | 'educationLevel'
  | 'employment'
  | 'labourContract'
>;
export type Housing = Schemas['Housing'];
export type Household = Omit<
  Sent<Schemas['Household'], 'id' | 'code' | 'communeCode' | 'hamletCode' | 'address' | 'archived' | 'version'>,
  'members'
> & { members: Member[] };
export type HouseholdSummary = Sent<
  Schemas['HouseholdSummary'],
  'id' | 'code' | 'communeCode' | 'hamletCode' | 'address' | 'memberCount' | 'archived'
>;
export type HouseholdPage = BoundedPage<HouseholdSummary>;

export type HouseholdCreate = Schemas['HouseholdCreate'];
export type HouseholdUpdate = Schemas['HouseholdUpdate'];
export type HouseholdArchive = Schemas['ArchiveRequest'];
export type MemberCreate = Schemas['MemberInput'];
export type MemberUpdate = Schemas['MemberInput'];
export type Departure = Schemas['DepartureRequest'];

export type FieldChange = Sent<Schemas['Change'], 'field'>;
export type AuditEvent = Omit<Sent<Schemas['AuditEvent'], 'id' | 'occurredAt' | 'actor' | 'action'>, 'changes'> & {
  changes?: FieldChange[];
};
export type AuditEventPage = BoundedPage<AuditEvent>;
export type HistoryEntry = AuditEvent;
export type HistoryPage = AuditEventPage;

export type Relationship = Schemas['Relationship'];
export type Sex = Schemas['Sex'];
export type Material = Schemas['Material'];
export type WaterSource = Schemas['WaterSource'];
export type LatrineType = Schemas['LatrineType'];
export type Device = Schemas['Device'];
export type LeaveReason = Schemas['LeaveReason'];
export type ArchiveReason = Schemas['ArchiveReason'];
export type Ethnicity = Schemas['Ethnicity'];
export type Disability = Schemas['Disability'];
export type SchoolAttendance = Schemas['SchoolAttendance'];
export type EducationLevel = Schemas['EducationLevel'];
export type Employment = Schemas['Employment'];
export type LabourContract = Schemas['LabourContract'];
export type AuditKind = Schemas['AuditKind'];

export type AreaType = Schemas['AreaType'];
export type PovertyStandard = Schemas['PovertyStandard'];
export type PovertyStandardList = Schemas['PovertyStandardList'];
export type PovertyThreshold = Schemas['PovertyThreshold'];
export type PovertyIndicator = Schemas['Indicator'];
export type PovertyStatus = Schemas['PovertyStatus'];
export type PovertyEvaluationRequest = Schemas['PovertyEvaluationRequest'];
export type PovertyEvaluation = Schemas['PovertyEvaluation'];
export type PovertyExplanation = Schemas['Explanation'];

export type Outcome = Schemas['Outcome'];
export type ClassificationEvidence = Schemas['Evidence'];
export type IndicatorFinding = Schemas['IndicatorFinding'];
/** The classification card; the income, status and score come as null when the registry cannot give them. */
export type HouseholdClassification = Omit<
  Schemas['HouseholdClassification'],
  'monthlyIncomePerCapitaVnd' | 'middleIncomeCeilingVnd' | 'status' | 'deprivationScore'
> & {
  monthlyIncomePerCapitaVnd?: number | null;
  middleIncomeCeilingVnd?: number | null;
  status?: PovertyStatus | null;
  deprivationScore?: number | null;
};

/*
 * The annual review. The contract marks what the service always sends as required; the optional
 * properties (dates of later steps, statuses not decided yet) may come as null.
 */
export type ReviewKind = Schemas['ReviewKind'];
export type CycleState = Schemas['CycleState'];
export type CommuneStage = Schemas['CommuneStage'];
export type CaseState = Schemas['CaseState'];
export type CaseOrigin = Schemas['CaseOrigin'];
export type CaseProgress = Schemas['CaseProgress'];
export type ReviewTransition = Schemas['Transition'];
export type ReviewList = Schemas['ReviewList'];
export type CommuneReview = Schemas['CommuneReview'];
export type ReviewCycle = Schemas['ReviewCycle'];
export type ReviewCycleList = Schemas['ReviewCycleList'];
export type ReviewCycleCreate = Schemas['ReviewCycleCreate'];
export type ReviewSummary = Schemas['ReviewSummary'];
export type ReviewSummaryRow = Schemas['ReviewSummaryRow'];
export type ReviewCaseSummary = Schemas['ReviewCaseSummary'];
export type ReviewCasePage = Schemas['ReviewCasePage'];
export type ReviewCase = Schemas['ReviewCase'];
export type Assessment = Schemas['Assessment'];
export type AssessmentCreate = Schemas['AssessmentCreate'];
export type IndicatorAssessment = Schemas['IndicatorAssessment'];
export type IndicatorDecision = Schemas['IndicatorDecision'];
export type IncomeScoreItem = Schemas['IncomeScoreItem'];
export type ApplicationCreate = Schemas['ApplicationCreate'];
export type Meeting = Schemas['Meeting'];
export type MeetingList = Schemas['MeetingList'];
export type MeetingCreate = Schemas['MeetingCreate'];
export type MeetingVoteResult = Schemas['MeetingVoteResult'];
export type PostingRequest = Schemas['PostingRequest'];
export type DecisionRequest = Schemas['DecisionRequest'];
export type Complaint = Schemas['Complaint'];
export type ComplaintCreate = Schemas['ComplaintCreate'];
export type ComplaintResolution = Schemas['ComplaintResolution'];
export type ComplaintOutcome = Schemas['ComplaintOutcome'];

/* Benefits: programs with their rule packs, entitlements and their fulfilment steps. */
export type ProgramKind = Schemas['ProgramKind'];
export type BenefitProgram = Schemas['BenefitProgram'];
export type BenefitRule = Schemas['BenefitRule'];
export type BenefitProgramList = Schemas['BenefitProgramList'];
export type EntitlementState = Schemas['EntitlementState'];
export type Entitlement = Schemas['Entitlement'];
export type EntitlementEvent = Schemas['EntitlementEvent'];
export type EntitlementList = Schemas['EntitlementList'];
export type EntitlementSummary = Schemas['EntitlementSummary'];
export type EntitlementPage = Schemas['EntitlementPage'];
export type EntitlementStep = Schemas['EntitlementStep'];
export type Step = Schemas['Step'];
export type RepaymentStatus = Schemas['RepaymentStatus'];
/* The reconciliation board: coverage per commune against the plan's targets, and the entitlements it lists. */
export type ProgramCoverage = Schemas['ProgramCoverage'];
export type CommuneCoverage = Schemas['CommuneCoverage'];
export type CoverageBasis = ProgramCoverage['basis'];
export type ReconciliationItem = Schemas['ReconciliationItem'];
export type ReconciliationFinding = ReconciliationItem['finding'];
export type ReconciliationPage = Schemas['ReconciliationPage'];
