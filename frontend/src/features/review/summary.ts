import type { ReviewTransition } from '@/lib/api/types';

/** Transitions in the order the report reads them: into poverty, staying, out of it, then the rest. */
export const TRANSITIONS: readonly ReviewTransition[] = [
  'NEWLY_POOR',
  'RE_POOR',
  'NEAR_POOR_TO_POOR',
  'REMAINED_POOR',
  'ESCAPED_POVERTY',
  'POOR_TO_NEAR_POOR',
  'NEWLY_NEAR_POOR',
  'RE_NEAR_POOR',
  'REMAINED_NEAR_POOR',
  'ESCAPED_NEAR_POVERTY',
  'NOT_ON_LIST',
];

function numberFormat(language: string, options: Intl.NumberFormatOptions) {
  return new Intl.NumberFormat(language.startsWith('vi') ? 'vi-VN' : 'en-US', options);
}

/** A rate in percent with two decimals: "3,12%" in Vietnamese, "3.12%" in English. */
export function formatPercent(value: number, language: string): string {
  return `${numberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)}%`;
}

/** A change in percentage points with its sign: "−0,71 điểm %" / "+0.20 pp"; "0" has no sign. */
export function formatPp(value: number, language: string): string {
  const abs = numberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.abs(value));
  const sign = value < 0 ? '−' : value > 0 ? '+' : '';
  return `${sign}${abs} ${language.startsWith('vi') ? 'điểm %' : 'pp'}`;
}
