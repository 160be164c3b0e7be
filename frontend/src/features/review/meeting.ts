import type { MeetingCreate, ReviewCaseSummary } from '@/lib/api/types';
import { parseDisplayDate } from '@/lib/format';

/** A result stands when at least half of the attendees agree with it (as the service decides). */
export function meetingAgrees(agree: number | '', attendees: number | ''): boolean {
  if (agree === '' || attendees === '' || attendees <= 0) return false;
  return 2 * agree >= attendees;
}

/** How many attendees must agree for a result to stand. */
export function votesNeeded(attendees: number | ''): number | null {
  if (attendees === '' || !Number.isInteger(attendees) || attendees <= 0) return null;
  return Math.ceil(attendees / 2);
}

export interface MeetingValues {
  hamletCode: string;
  heldOn: string;
  chairName: string;
  attendees: number | '';
  minutesNote: string;
  /** Attendees agreeing, by case id. */
  votes: Record<string, number | ''>;
}

export const emptyMeeting = (): MeetingValues => ({
  hamletCode: '',
  heldOn: '',
  chairName: '',
  attendees: '',
  minutesNote: '',
  votes: {},
});

const wholeNonNegative = (v: number | '') => v !== '' && Number.isInteger(v) && v >= 0;

/** Client-side checks as i18n keys by form path; the cases are the assessed ones of the hamlet. */
export function meetingErrors(values: MeetingValues, cases: Pick<ReviewCaseSummary, 'id'>[], today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.hamletCode) errors.hamletCode = 'review.validation.required';
  const heldOn = parseDisplayDate(values.heldOn);
  if (!values.heldOn.trim()) errors.heldOn = 'review.validation.required';
  else if (!heldOn) errors.heldOn = 'review.validation.date';
  else if (heldOn > today) errors.heldOn = 'review.validation.dateInFuture';
  if (!values.chairName.trim()) errors.chairName = 'review.validation.required';
  if (values.attendees === '') errors.attendees = 'review.validation.required';
  else if (!Number.isInteger(values.attendees) || values.attendees < 1) errors.attendees = 'review.validation.attendees';
  if (values.hamletCode && cases.length === 0) errors.votes = 'review.meeting.noCases';
  for (const c of cases) {
    const agree = values.votes[c.id] ?? '';
    const path = `votes.${c.id}`;
    if (agree === '') errors[path] = 'review.validation.required';
    else if (!wholeNonNegative(agree)) errors[path] = 'review.validation.wholeNumber';
    else if (values.attendees !== '' && agree > values.attendees) errors[path] = 'review.validation.moreThanAttendees';
  }
  return errors;
}

/** The request: one vote per assessed case of the hamlet, in the order shown. */
export function buildMeetingRequest(values: MeetingValues, communeCode: string, cases: Pick<ReviewCaseSummary, 'id'>[]): MeetingCreate {
  const request: MeetingCreate = {
    communeCode,
    hamletCode: values.hamletCode,
    heldOn: parseDisplayDate(values.heldOn) ?? values.heldOn,
    chairName: values.chairName.trim(),
    attendees: Number(values.attendees),
    votes: cases.map((c) => ({ caseId: c.id, agree: Number(values.votes[c.id]) })),
  };
  if (values.minutesNote.trim()) request.minutesNote = values.minutesNote.trim();
  return request;
}

/** A server path of the meeting request as the form's path: "votes.2.agree" is the third case's input. */
export function meetingFormPath(serverPath: string, request: MeetingCreate | null): string | null {
  const vote = /^votes\.(\d+)\.(agree|caseId)$/.exec(serverPath);
  if (vote) {
    const caseId = request?.votes[Number(vote[1])]?.caseId;
    return caseId ? `votes.${caseId}` : null;
  }
  return ['hamletCode', 'heldOn', 'chairName', 'attendees', 'minutesNote'].includes(serverPath) ? serverPath : null;
}
