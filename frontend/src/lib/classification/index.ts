import type { TFunction } from 'i18next';
import type { ClassificationEvidence } from '@/lib/api/types';
import { formatDate, formatNumber } from '@/lib/format';

/*
 * How the registry's facts behind a proposed indicator are shown: on the household's classification
 * card and in the review's assessment form. The labels live with the household pages
 * (households.classification.*, households.enums.*), which own the facts.
 */

export const DIMENSIONS = [
  'EMPLOYMENT',
  'HEALTH',
  'EDUCATION',
  'HOUSING',
  'WATER_SANITATION',
  'INFORMATION',
  'ENVIRONMENT',
  'OTHER',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The server names each finding's dimension; one it does not know yet is grouped last. */
export function dimensionOf(finding: { dimension: string }): Dimension {
  return (DIMENSIONS as readonly string[]).includes(finding.dimension) ? (finding.dimension as Dimension) : 'OTHER';
}

export interface DimensionGroup<T> {
  dimension: Dimension;
  findings: T[];
}

/** The findings by dimension, dimensions in the decree's order, indicators in the server's order. */
export function groupByDimension<T extends { dimension: string }>(findings: T[]): DimensionGroup<T>[] {
  return DIMENSIONS.map((dimension) => ({
    dimension,
    findings: findings.filter((f) => dimensionOf(f) === dimension),
  })).filter((group) => group.findings.length > 0);
}

/** Facts whose value is a code of one of the household form's lists (households.enums.<group>). */
const FACT_ENUM: Record<string, string> = {
  employment: 'employment',
  labourContract: 'labourContract',
  educationLevel: 'educationLevel',
  schoolAttendance: 'schoolAttendance',
  wallMaterial: 'material',
  columnMaterial: 'material',
  roofMaterial: 'material',
  waterSource: 'waterSource',
  latrineType: 'latrineType',
};

function enumLabel(t: TFunction, group: string, value: string): string {
  return t(`households.enums.${group}.${value}`, { defaultValue: value });
}

export function factLabel(t: TFunction, fact: string): string {
  return t(`households.classification.facts.${fact}`, { defaultValue: fact });
}

export function subjectLabel(t: TFunction, subject: string): string {
  return subject === 'household' ? t('households.classification.evidence.household') : subject;
}

/** An evidence value in words: list codes by their labels, dates as dd/mm/yyyy, yes/no, ages and areas. */
export function factValue(t: TFunction, evidence: ClassificationEvidence, language: string): string {
  const { fact, value } = evidence;
  if (fact === 'healthInsuranceCardNumber' && (value === undefined || value === null || value === '')) {
    return t('households.classification.evidence.noCard');
  }
  if (fact === 'devices') {
    const codes = (value ?? '').split(',').filter(Boolean);
    if (codes.length === 0) return t('households.classification.evidence.noDevice');
    return codes.map((code) => enumLabel(t, 'device', code)).join(', ');
  }
  if (value === undefined || value === null || value === '') return t('households.classification.evidence.notRecorded');
  const group = FACT_ENUM[fact];
  if (group) return enumLabel(t, group, value);
  switch (fact) {
    case 'usesTelecom':
    case 'hearsLoudspeaker':
      return value === 'true'
        ? t('households.classification.evidence.yes')
        : value === 'false'
          ? t('households.classification.evidence.no')
          : value;
    case 'healthInsuranceExpiry':
      return formatDate(value);
    case 'age':
      return t('households.classification.evidence.age', { age: value });
    case 'floorAreaPerPersonM2': {
      const area = Number(value);
      return Number.isFinite(area) ? `${formatNumber(area, language)} m²` : value;
    }
    default:
      return value;
  }
}
