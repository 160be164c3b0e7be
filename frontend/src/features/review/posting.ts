import { parseDisplayDate } from '@/lib/format';

/** The posting must cover this many working days (Decision 24/2021; the service's setting decides). */
export const MIN_POSTING_WORKING_DAYS = 3;

/** Monday to Friday from `from` to `to`, both included (public holidays are not known); 0 when not a range. */
export function workingDays(from: string | null, to: string | null): number {
  if (!from || !to || to < from) return 0;
  let days = 0;
  const d = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  while (d <= end) {
    const day = d.getUTCDay();
    if (day !== 0 && day !== 6) days += 1;
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return days;
}

export interface PostingValues {
  postedFrom: string;
  postedTo: string;
}

export function postingErrors(values: PostingValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const from = parseDisplayDate(values.postedFrom);
  const to = parseDisplayDate(values.postedTo);
  if (!values.postedFrom.trim()) errors.postedFrom = 'review.validation.required';
  else if (!from) errors.postedFrom = 'review.validation.date';
  if (!values.postedTo.trim()) errors.postedTo = 'review.validation.required';
  else if (!to) errors.postedTo = 'review.validation.date';
  else if (from && to < from) errors.postedTo = 'review.validation.beforeStart';
  else if (from && workingDays(from, to) < MIN_POSTING_WORKING_DAYS) errors.postedTo = 'review.validation.postingTooShort';
  return errors;
}
