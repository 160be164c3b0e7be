import { describe, expect, it } from 'vitest';
import { buildMeetingRequest, emptyMeeting, meetingAgrees, meetingErrors, meetingFormPath, votesNeeded } from './meeting';
import { postingErrors, workingDays } from './posting';

describe('the ≥ 50 % rule', () => {
  it.each([
    [20, 40, true],
    [19, 40, false],
    [21, 41, true],
    [20, 41, false],
    [0, 1, false],
    [1, 1, true],
    ['', 40, false],
    [5, '', false],
  ] as const)('%s of %s agree → %s', (agree, attendees, stands) => {
    expect(meetingAgrees(agree, attendees)).toBe(stands);
  });

  it('says how many must agree', () => {
    expect(votesNeeded(40)).toBe(20);
    expect(votesNeeded(41)).toBe(21);
    expect(votesNeeded('')).toBeNull();
    expect(votesNeeded(0)).toBeNull();
  });
});

describe('the meeting request', () => {
  const cases = [{ id: 'case-a' }, { id: 'case-b' }];
  const values = {
    ...emptyMeeting(),
    hamletCode: '29956-01',
    heldOn: '15/10/2022',
    chairName: ' Trần Văn Bảy ',
    attendees: 40 as const,
    votes: { 'case-a': 31, 'case-b': 12 },
  };

  it('checks every vote against the attendees', () => {
    expect(meetingErrors(values, cases, '2022-10-20')).toEqual({});
    expect(meetingErrors({ ...values, votes: { 'case-a': 41 } }, cases, '2022-10-20')).toEqual({
      'votes.case-a': 'review.validation.moreThanAttendees',
      'votes.case-b': 'review.validation.required',
    });
    expect(meetingErrors(values, [], '2022-10-20')).toEqual({ votes: 'review.meeting.noCases' });
    expect(meetingErrors({ ...values, heldOn: '21/10/2022' }, cases, '2022-10-20')).toEqual({
      heldOn: 'review.validation.dateInFuture',
    });
  });

  it('sends one vote per case in order, and maps a vote pointer back to its input', () => {
    const request = buildMeetingRequest(values, '29956', cases);
    expect(request).toEqual({
      communeCode: '29956',
      hamletCode: '29956-01',
      heldOn: '2022-10-15',
      chairName: 'Trần Văn Bảy',
      attendees: 40,
      votes: [
        { caseId: 'case-a', agree: 31 },
        { caseId: 'case-b', agree: 12 },
      ],
    });
    expect(meetingFormPath('votes.1.agree', request)).toBe('votes.case-b');
    expect(meetingFormPath('heldOn', request)).toBe('heldOn');
    expect(meetingFormPath('communeCode', request)).toBeNull();
  });
});

describe('the posting window', () => {
  it('counts Monday to Friday, both ends included', () => {
    expect(workingDays('2022-10-17', '2022-10-21')).toBe(5);
    expect(workingDays('2022-10-21', '2022-10-24')).toBe(2);
    expect(workingDays('2022-10-22', '2022-10-23')).toBe(0);
    expect(workingDays('2022-10-21', '2022-10-17')).toBe(0);
    expect(workingDays(null, '2022-10-17')).toBe(0);
  });

  it('needs three working days', () => {
    expect(postingErrors({ postedFrom: '17/10/2022', postedTo: '21/10/2022' })).toEqual({});
    expect(postingErrors({ postedFrom: '21/10/2022', postedTo: '24/10/2022' })).toEqual({
      postedTo: 'review.validation.postingTooShort',
    });
    expect(postingErrors({ postedFrom: '21/10/2022', postedTo: '20/10/2022' })).toEqual({
      postedTo: 'review.validation.beforeStart',
    });
  });
});
