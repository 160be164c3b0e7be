import type { Action, AreaRates, Submission, SubmissionContent, YearRates } from './types';

/** A table as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Vietnamese), fields quoted when needed. */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  const field = (v: string | number | null | undefined): string => {
    if (v === null || v === undefined) return '';
    let s = String(v);
    // a cell starting with = + - @ would run as a formula in a spreadsheet
    if (typeof v === 'string' && /^[=+\-@]/.test(s)) s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return '\uFEFF' + [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/** The share of the widest value a bar takes, in percent (0–100); 0 for nothing to show. */
export function barPercent(value: number | null | undefined, max: number): number {
  if (value === null || value === undefined || !(max > 0)) return 0;
  return Math.max(0, Math.min(100, (value / max) * 100));
}

/** The latest year a commune has an end rate for, or its latest year at all. */
export function latestYear(area: AreaRates): YearRates | undefined {
  const years = [...area.years].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  return [...years].reverse().find((y) => y.poorRate !== null && y.poorRate !== undefined) ?? years[years.length - 1];
}

export interface Caller {
  permissions: string[];
  ownUnit?: string;
}

/** The unit in a caller's scope: XA-<commune> for commune staff, the department code for department staff. */
export function ownUnit(scope: { communeCode?: string | null; departmentCode?: string | null } | undefined): string | undefined {
  if (scope?.communeCode) return `XA-${scope.communeCode}`;
  return scope?.departmentCode ?? undefined;
}

/** The workflow steps this caller may take on the submission now (the server checks the same). */
export function availableActions(s: Pick<Submission, 'state' | 'unitCode'>, caller: Caller): Action[] {
  const own = !!caller.ownUnit && caller.ownUnit === s.unitCode && caller.permissions.includes('report:submit');
  const office = caller.permissions.includes('report:review');
  const out: Action[] = [];
  if (own && (s.state === 'DRAFT' || s.state === 'RETURNED')) out.push('SUBMIT');
  if (office && (s.state === 'SUBMITTED' || s.state === 'RESUBMITTED')) out.push('RETURN', 'ACCEPT');
  return out;
}

/** Whether the caller may edit the content now. */
export function canEdit(s: Pick<Submission, 'state' | 'unitCode'>, caller: Caller): boolean {
  return availableActions({ ...s, state: s.state === 'RETURNED' ? 'DRAFT' : s.state }, caller).includes('SUBMIT');
}

/** The request body for saving: typed values only (empty inputs are "not reported"), narratives, budget lines. */
export function contentFrom(
  values: Record<string, string>,
  narratives: { results: string; difficulties: string; proposals: string },
  budget: { projectCode: string; sourceCode: string; allocatedVnd: string; disbursedVnd: string }[],
): SubmissionContent {
  const indicators: Record<string, number> = {};
  for (const [code, text] of Object.entries(values)) {
    const trimmed = text.trim().replace(',', '.');
    if (trimmed !== '' && !Number.isNaN(Number(trimmed))) indicators[code] = Number(trimmed);
  }
  const blank = (s: string) => (s.trim() === '' ? undefined : s.trim());
  return {
    indicators,
    narratives: { results: blank(narratives.results), difficulties: blank(narratives.difficulties), proposals: blank(narratives.proposals) },
    budget: budget
      .filter((b) => b.projectCode && b.sourceCode)
      .map((b) => ({
        projectCode: b.projectCode,
        sourceCode: b.sourceCode,
        allocatedVnd: Number(b.allocatedVnd || 0),
        disbursedVnd: Number(b.disbursedVnd || 0),
      })),
  };
}

/** "indicators.POOR_HOUSEHOLDS" → the indicator's name; narratives and budget fields → a readable label. */
export function fieldLabel(field: string, names: Record<string, string>, t: (key: string) => string): string {
  const [kind, ...rest] = field.split('.');
  if (kind === 'indicators') return names[rest[0]] ?? rest[0];
  if (kind === 'narratives') return t(`monitoring.narratives.${rest[0]}`);
  if (kind === 'budget') {
    const last = rest[rest.length - 1];
    return `${rest.slice(0, -1).join('.')} – ${t(`monitoring.budget.${last === 'allocatedVnd' ? 'allocated' : 'disbursed'}`)}`;
  }
  return field;
}
