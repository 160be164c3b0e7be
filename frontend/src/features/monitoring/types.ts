import type { components } from '@/lib/api/schema';

type S = components['schemas'];

export type PovertyRates = S['PovertyRates'];
export type AreaRates = S['AreaRates'];
export type YearRates = S['YearRates'];
export type Coverage = S['Coverage'];
export type AreaCoverage = S['AreaCoverage'];
export type CoverageMeasure = S['CoverageMeasure'];
export type PeriodStatus = S['PeriodStatus'];
export type UnitReportStatus = S['UnitReportStatus'];
export type ReportPeriod = S['ReportPeriod'];
export type ReportPeriodList = S['ReportPeriodList'];
export type Submission = S['Submission'];
export type SubmissionList = S['SubmissionList'];
export type SubmissionContent = S['SubmissionContent'];
export type BudgetLine = S['BudgetLine'];
export type IndicatorValue = S['IndicatorValue'];
export type SubmissionVersionList = S['SubmissionVersionList'];
export type Program = S['Program'];
export type SubmissionState = NonNullable<S['Submission']['state']>;
export type Timeliness = NonNullable<S['Submission']['timeliness']>;
export type Action = NonNullable<S['SubmissionTransition']['action']>;
