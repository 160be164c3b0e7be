import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ApplicationCreate, MeetingCreate, PostingRequest, ReviewCaseSummary } from '@/lib/api/types';
import {
  areaPage,
  caseSummary,
  householdPage,
  reviewCase,
  summary,
  COMMUNE_REVIEW_ID,
  communeReview,
  hamlets,
  reviewCycle,
} from '@/testing/fixtures';
import { auditorMe, officerMe, renderWithProviders } from '@/testing/render';
import { http, server } from '@/testing/server';
import { CommuneReviewRoute } from './commune-review';

/** Types a whole value at once (a paste): the forms are large and typing key by key is slow on a busy machine. */
async function fill(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.click(input);
  await user.paste(text);
}

const listed = caseSummary();
const assessedA = caseSummary({
  id: 'c0c0c0c0-2022-4000-8000-00000000000a',
  householdCode: '29956-000201',
  headName: 'Trần Thị Bình',
  origin: 'LIST',
  statusStart: 'POOR',
  state: 'ASSESSED',
  proposedStatus: 'NEAR_POOR',
});
const assessedB = caseSummary({
  id: 'c0c0c0c0-2022-4000-8000-00000000000b',
  householdCode: '29956-000202',
  headName: 'Lê Văn Cường',
  origin: 'LIST',
  statusStart: 'NEAR_POOR',
  state: 'ASSESSED',
  proposedStatus: 'NEAR_POOR',
});

function page(items: ReviewCaseSummary[]) {
  return { items, page: 0, size: 20, totalItems: items.length, totalPages: 1 };
}

function serve(review = communeReview()) {
  const calls = {
    caseQueries: [] as string[],
    meetings: [] as MeetingCreate[],
    postings: [] as PostingRequest[],
    applications: [] as ApplicationCreate[],
    searches: [] as string[],
  };
  server.use(
    http.get('/api/v1/commune-reviews/{communeReviewId}', ({ response }) => response(200).json(review)),
    http.get('/api/v1/review-cycles/{cycleId}', ({ response }) => response(200).json(reviewCycle())),
    http.get('/api/v1/areas', ({ response }) => response(200).json(areaPage(hamlets))),
    http.get('/api/v1/households', ({ request, response }) => {
      calls.searches.push(new URL(request.url).search);
      return response(200).json(householdPage([summary()]));
    }),
    http.post('/api/v1/review-cycles/{cycleId}/cases', async ({ request, response }) => {
      calls.applications.push((await request.json()) as ApplicationCreate);
      return response(201).json(reviewCase());
    }),
    http.get('/api/v1/commune-reviews/{communeReviewId}/meetings', ({ response }) => response(200).json({ items: [] })),
    http.get('/api/v1/review-cycles/{cycleId}/cases', ({ request, response }) => {
      const query = new URL(request.url).searchParams;
      calls.caseQueries.push(query.toString());
      if (query.get('state') === 'ASSESSED') return response(200).json(page([assessedA, assessedB]));
      return response(200).json(page([listed, assessedA, assessedB]));
    }),
    http.post('/api/v1/review-cycles/{cycleId}/meetings', async ({ request, response }) => {
      const body = (await request.json()) as MeetingCreate;
      calls.meetings.push(body);
      return response(201).json({
        id: 'm-1',
        communeReviewId: COMMUNE_REVIEW_ID,
        hamletCode: body.hamletCode,
        heldOn: body.heldOn,
        chairName: body.chairName,
        attendees: body.attendees,
        votes: body.votes.map((v, i) => ({
          caseId: v.caseId,
          householdCode: i === 0 ? assessedA.householdCode : assessedB.householdCode,
          headName: '',
          agree: v.agree,
          proposedStatus: 'NEAR_POOR' as const,
          agreed: 2 * v.agree >= body.attendees,
        })),
      });
    }),
    http.post('/api/v1/commune-reviews/{communeReviewId}/posting', async ({ request, response }) => {
      calls.postings.push((await request.json()) as PostingRequest);
      return response(200).json({ ...review, stage: 'POSTING', postedFrom: '2022-10-17', postedTo: '2022-10-21' });
    }),
  );
  return calls;
}

const open = (me = officerMe, query = '') =>
  renderWithProviders(<CommuneReviewRoute />, {
    route: `/review/communes/${COMMUNE_REVIEW_ID}${query}`,
    path: '/review/communes/:communeReviewId',
    me,
  });

describe('a commune’s review', () => {
  it('lists its cases with state, origin and result, filtered from the URL', async () => {
    const calls = serve();
    open(officerMe, '?hamlet=29956-01&state=LISTED');
    expect(await screen.findByRole('heading', { level: 1, name: 'Xã Thường Phước 1' })).toBeInTheDocument();
    const table = await screen.findByTestId('cases-table');
    const row = within(table).getByRole('row', { name: /29956-000123/ });
    expect(row).toHaveTextContent('Đơn đề nghị (Mẫu 01)');
    expect(row).toHaveTextContent('Chờ đánh giá');
    expect(within(row).getByRole('link', { name: '29956-000123' })).toHaveAttribute('href', `/review/cases/${listed.id}`);
    expect(calls.caseQueries[0]).toContain('hamletCode=29956-01');
    expect(calls.caseQueries[0]).toContain('state=LISTED');
    expect(screen.getByRole('combobox', { name: 'Tình trạng' })).toHaveValue('LISTED');
    expect(screen.getByTestId('next-step')).toHaveTextContent('Còn 1/12 hộ chưa được họp dân thống nhất');
  });

  it('offers the steps of the stage: posting waits until every case is agreed', async () => {
    serve();
    open();
    expect(await screen.findByRole('button', { name: 'Ghi nhận đơn đề nghị' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ghi nhận họp dân' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Niêm yết kết quả' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Ghi nhận quyết định' })).not.toBeInTheDocument();
  });

  it('lets an auditor read without acting', async () => {
    serve();
    open(auditorMe);
    await screen.findByTestId('cases-table');
    expect(screen.queryByRole('button', { name: 'Ghi nhận họp dân' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Niêm yết kết quả' })).not.toBeInTheDocument();
  });

  it('records a meeting with the ≥ 50 % rule shown live', async () => {
    const user = userEvent.setup();
    const calls = serve();
    open();
    await user.click(await screen.findByRole('button', { name: 'Ghi nhận họp dân' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ghi nhận cuộc họp dân' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Ấp\/Khóm/ }), '29956-01');
    await fill(user, within(dialog).getByRole('textbox', { name: /Ngày họp/ }), '15/10/2022');
    await fill(user, within(dialog).getByRole('textbox', { name: /Người chủ trì/ }), 'Trần Văn Bảy');
    await fill(user, within(dialog).getByRole('textbox', { name: /Số người dự họp/ }), '40');
    expect(within(dialog).getByTestId('meeting-rule')).toHaveTextContent('ít nhất 20/40 người đồng ý');

    const votes = await within(dialog).findByTestId('meeting-votes');
    const first = within(votes).getByRole('textbox', { name: 'Số người đồng ý với kết quả hộ 29956-000201' });
    const second = within(votes).getByRole('textbox', { name: 'Số người đồng ý với kết quả hộ 29956-000202' });
    await user.type(first, '31');
    await user.type(second, '19');
    const outcomes = within(votes).getAllByTestId('vote-outcome');
    expect(outcomes[0]).toHaveTextContent('Thống nhất');
    expect(outcomes[1]).toHaveTextContent('Trả lại — chưa đủ 50%');
    await user.type(second, '0');
    expect(outcomes[1]).toHaveTextContent('Không được nhiều hơn số người dự họp');
    await user.clear(second);
    await user.type(second, '20');
    expect(outcomes[1]).toHaveTextContent('Thống nhất');

    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận họp dân' }));
    await waitFor(() => expect(calls.meetings).toHaveLength(1));
    expect(calls.meetings[0]).toEqual({
      communeCode: '29956',
      hamletCode: '29956-01',
      heldOn: '2022-10-15',
      chairName: 'Trần Văn Bảy',
      attendees: 40,
      votes: [
        { caseId: assessedA.id, agree: 31 },
        { caseId: assessedB.id, agree: 20 },
      ],
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('posts the results once every case is agreed, counting the working days', async () => {
    const user = userEvent.setup();
    const calls = serve(
      communeReview({ progress: { total: 12, listed: 0, assessed: 0, agreed: 12, returned: 0, disputed: 0, decided: 0 } }),
    );
    open();
    await user.click(await screen.findByRole('button', { name: 'Niêm yết kết quả' }));
    const dialog = await screen.findByRole('dialog', { name: 'Niêm yết công khai kết quả rà soát' });
    await fill(user, within(dialog).getByRole('textbox', { name: /Niêm yết từ ngày/ }), '17/10/2022');
    await fill(user, within(dialog).getByRole('textbox', { name: /Đến ngày/ }), '18/10/2022');
    expect(within(dialog).getByTestId('posting-days')).toHaveTextContent('2');
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận niêm yết' }));
    expect(await within(dialog).findByText('Thời gian niêm yết phải có ít nhất 3 ngày làm việc')).toBeInTheDocument();
    const to = within(dialog).getByRole('textbox', { name: /Đến ngày/ });
    await fill(user, to, '21/10/2022');
    expect(within(dialog).getByTestId('posting-days')).toHaveTextContent('5');
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận niêm yết' }));
    await waitFor(() => expect(calls.postings).toEqual([{ postedFrom: '2022-10-17', postedTo: '2022-10-21' }]));
  });

  it('records an application for a household found by name, then opens its case', async () => {
    const user = userEvent.setup();
    const calls = serve();
    const { router } = open();
    await user.click(await screen.findByRole('button', { name: 'Ghi nhận đơn đề nghị' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ghi nhận đơn đề nghị rà soát (Mẫu 01)' });
    await fill(user, within(dialog).getByRole('searchbox', { name: 'Tìm hộ gia đình' }), 'nguyen van an');
    await user.click(await within(dialog).findByRole('radio', { name: '29956-000123 — Nguyễn Văn An' }));
    const date = within(dialog).getByRole('textbox', { name: /Ngày nhận đơn/ });
    await fill(user, date, '12/09/2022');
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận đơn' }));
    await waitFor(() =>
      expect(calls.applications).toEqual([{ householdId: summary().id, appliedOn: '2022-09-12' }]),
    );
    expect(calls.searches.at(-1)).toContain('communeCode=29956');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/review/cases/${reviewCase().summary.id}`));
  });
});
