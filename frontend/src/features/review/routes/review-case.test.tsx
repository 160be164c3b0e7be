import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { setLanguageProvider } from '@/lib/api/client';
import type { AssessmentCreate, Complaint, ComplaintCreate, ComplaintResolution, ReviewCase } from '@/lib/api/types';
import { changeLanguage, currentLanguage } from '@/lib/i18n';
import {
  assessment,
  CASE_ID,
  caseSummary,
  communeReview,
  nd07Standard,
  proposals,
  reviewCase,
} from '@/testing/fixtures';
import { auditorMe, officerMe, renderWithProviders } from '@/testing/render';
import { http, server } from '@/testing/server';
import { ReviewCaseRoute } from './review-case';

/** Types a whole value at once (a paste): the forms are large and typing key by key is slow on a busy machine. */
async function fill(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.click(input);
  await user.paste(text);
}

beforeAll(() => setLanguageProvider(currentLanguage));

interface Options {
  current?: ReviewCase;
  commune?: ReturnType<typeof communeReview>;
  onAssess?: (body: AssessmentCreate) => { status: number; body: unknown };
}

const openComplaint: Complaint = {
  id: 'c0c0c0c0-2022-4000-8000-00000000c001',
  caseId: CASE_ID,
  receivedOn: '2022-10-26',
  complainant: 'Phạm Thị Lan',
  content: 'Hộ có xe tải, không thuộc diện nghèo',
  state: 'OPEN',
  recordedBy: 'xa.thuongphuoc1',
};

function serve({ current = reviewCase(), commune = communeReview(), onAssess }: Options = {}) {
  const calls = {
    proposals: [] as string[],
    assessments: [] as AssessmentCreate[],
    complaints: [] as ComplaintCreate[],
    resolutions: [] as ComplaintResolution[],
  };
  server.use(
    http.get('/api/v1/review-cases/{caseId}', ({ response }) => response(200).json(current)),
    http.get('/api/v1/commune-reviews/{communeReviewId}', ({ response }) => response(200).json(commune)),
    http.post('/api/v1/review-cycles/{cycleId}/complaints', async ({ request, response }) => {
      const body = (await request.json()) as ComplaintCreate;
      calls.complaints.push(body);
      return response(201).json({ ...openComplaint, ...body });
    }),
    http.post('/api/v1/review-complaints/{complaintId}/resolution', async ({ request, response }) => {
      calls.resolutions.push((await request.json()) as ComplaintResolution);
      return response(409).json({
        type: 'about:blank',
        status: 409,
        title: 'Conflict',
        code: 'RECHECK_REQUIRED',
        detail: 'Record the re-check assessment of the household before upholding the complaint',
      });
    }),
    http.get('/api/v1/poverty-standards/{code}', ({ response }) => response(200).json(nd07Standard())),
    http.get('/api/v1/households/{householdId}/classification', ({ request, response }) => {
      calls.proposals.push(new URL(request.url).search);
      return response(200).json(proposals() as never);
    }),
    http.post('/api/v1/review-cycles/{cycleId}/assessments', async ({ request, response }) => {
      const body = (await request.json()) as AssessmentCreate;
      calls.assessments.push(body);
      const answer = onAssess?.(body);
      if (answer) return response(answer.status as 400).json(answer.body as never);
      return response(201).json(
        reviewCase({
          summary: caseSummary({ state: 'ASSESSED', proposedStatus: 'NEAR_POOR' }),
          assessments: [assessment()],
        }),
      );
    }),
  );
  return calls;
}

const open = (me = officerMe) =>
  renderWithProviders(<ReviewCaseRoute />, { route: `/review/cases/${CASE_ID}`, path: '/review/cases/:caseId', me });

async function fillGeneral(user: ReturnType<typeof userEvent.setup>) {
  await fill(user, await screen.findByRole('textbox', { name: /Ngày rà soát/ }), '10/10/2022');
  await fill(user, screen.getByRole('textbox', { name: /Họ tên cán bộ rà soát/ }), 'Lê Thị Hoa');
  await fill(user, screen.getByRole('textbox', { name: /Thu nhập bình quân đầu người\/tháng/ }), '1200000');
}

const indicator = (code: string) => document.querySelector<HTMLElement>(`[data-indicator="${code}"]`)!;

describe('the review case page', () => {
  it('shows the household, its state and a link to its record', async () => {
    serve();
    open();
    expect(await screen.findByRole('heading', { level: 1, name: 'Rà soát hộ 29956-000123' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Xem hồ sơ hộ/ })).toHaveAttribute(
      'href',
      '/households/7b0c7a9e-1111-4c1e-9a57-000000000001',
    );
    expect(screen.getByTestId('case-state')).toHaveTextContent('Chờ đánh giá');
    expect(screen.getByText('Đơn đề nghị (Mẫu 01), nhận ngày 12/09/2022')).toBeInTheDocument();
  });

  it('starts the form from the proposals on the cycle’s reference date and standard', async () => {
    const calls = serve();
    open();
    await screen.findByTestId('assessment-form');
    expect(calls.proposals[0]).toBe('?date=2022-10-01&standardCode=ND07_2021');
    const employment = indicator('EMPLOYMENT');
    expect(within(employment).getByTestId('proposal')).toHaveTextContent('Thiếu hụt');
    expect(within(employment).getByText(/Hợp đồng lao động/)).toBeInTheDocument();
    expect(within(employment).getByRole('radio', { name: 'Thiếu hụt' })).toBeChecked();
    const nutrition = indicator('NUTRITION');
    expect(within(nutrition).getByTestId('proposal')).toHaveTextContent('Chưa đủ thông tin');
    expect(within(nutrition).getByRole('radio', { name: 'Thiếu hụt' })).not.toBeChecked();
    expect(within(nutrition).getByRole('radio', { name: 'Không thiếu hụt' })).not.toBeChecked();
    expect(screen.getByTestId('income-line')).toHaveTextContent('Chuẩn nghèo khu vực nông thôn: 1.500.000 đ');
  });

  it('asks for a reason when a decision differs from a definite proposal, and previews the status live', async () => {
    const user = userEvent.setup();
    serve();
    open();
    await fillGeneral(user);
    const insurance = indicator('HEALTH_INSURANCE');
    expect(within(insurance).queryByRole('textbox')).not.toBeInTheDocument();
    await user.click(within(insurance).getByRole('radio', { name: 'Không thiếu hụt' }));
    expect(within(insurance).getByTestId('override-mark')).toHaveTextContent('Khác đề xuất');
    const reason = within(insurance).getByRole('textbox', { name: /Lý do điều chỉnh chỉ số “Bảo hiểm y tế”/ });
    expect(reason).toBeRequired();

    const tally = screen.getByTestId('assessment-tally');
    expect(tally).toHaveTextContent('Số chỉ số thiếu hụt: 1/4 — điểm B: 10');
    expect(tally).toHaveTextContent('Còn 1 chỉ số chưa chọn kết quả.');
    await user.click(within(indicator('NUTRITION')).getByRole('radio', { name: 'Thiếu hụt' }));
    expect(within(indicator('NUTRITION')).queryByTestId('override-mark')).not.toBeInTheDocument();
    expect(screen.getByTestId('status-preview')).toHaveTextContent('Hộ cận nghèo');
    await user.click(within(indicator('HOUSING_AREA')).getByRole('radio', { name: 'Thiếu hụt' }));
    expect(screen.getByTestId('status-preview')).toHaveTextContent('Hộ nghèo');

    await user.click(screen.getByRole('button', { name: 'Lưu phiếu rà soát' }));
    expect(await within(insurance).findByText('Hãy ghi lý do vì kết quả khác đề xuất')).toBeInTheDocument();
    expect(within(indicator('HOUSING_AREA')).getByText('Hãy ghi lý do vì kết quả khác đề xuất')).toBeInTheDocument();
  });

  it('records forms B1 and B2 and shows the new assessment', async () => {
    const user = userEvent.setup();
    const calls = serve();
    open();
    await fillGeneral(user);
    await user.click(within(indicator('NUTRITION')).getByRole('radio', { name: 'Không thiếu hụt' }));
    const insurance = indicator('HEALTH_INSURANCE');
    await user.click(within(insurance).getByRole('radio', { name: 'Không thiếu hụt' }));
    await fill(user, within(insurance).getByRole('textbox', { name: /Lý do/ }), 'Thẻ BHYT đã gia hạn ngày 15/9');
    await user.click(screen.getByRole('button', { name: 'Lưu phiếu rà soát' }));

    await waitFor(() => expect(calls.assessments).toHaveLength(1));
    expect(calls.assessments[0]).toEqual({
      caseId: CASE_ID,
      assessedOn: '2022-10-10',
      reviewerName: 'Lê Thị Hoa',
      monthlyIncomePerCapitaVnd: 1200000,
      indicators: [
        { code: 'EMPLOYMENT', deprived: true },
        { code: 'NUTRITION', deprived: false },
        { code: 'HEALTH_INSURANCE', deprived: false, reason: 'Thẻ BHYT đã gia hạn ngày 15/9' },
        { code: 'HOUSING_AREA', deprived: false },
      ],
    });
    const history = await screen.findByTestId('assessment-history');
    expect(history).toHaveTextContent('Ngày 10/10/2022 — Lê Thị Hoa');
    expect(history).toHaveTextContent('Điều chỉnh 1 chỉ số');
    expect(screen.getByTestId('case-state')).toHaveTextContent('Đã đánh giá');
    expect(screen.queryByTestId('assessment-form')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Đánh giá lại' })).toBeInTheDocument();
  });

  it('puts the server’s field errors beside the inputs they belong to', async () => {
    const user = userEvent.setup();
    serve({
      onAssess: () => ({
        status: 400,
        body: {
          status: 400,
          code: 'VALIDATION_FAILED',
          title: 'Validation failed',
          errors: [
            { pointer: '/assessedOn', code: 'OUTSIDE_CYCLE', detail: 'must be between the cycle opening and today' },
            { pointer: '/indicators/3/reason', code: 'REASON_REQUIRED', detail: 'say why' },
            { pointer: '/indicators', code: 'MISSING_INDICATOR', detail: 'missing: DEPENDANTS' },
          ],
        },
      }),
    });
    open();
    await fillGeneral(user);
    await user.click(within(indicator('NUTRITION')).getByRole('radio', { name: 'Không thiếu hụt' }));
    await user.click(screen.getByRole('button', { name: 'Lưu phiếu rà soát' }));
    expect(await screen.findByText('Ngày phải trong kỳ rà soát và không sau hôm nay')).toBeInTheDocument();
    // indicators/3 is HOUSING_AREA in the order sent
    expect(within(indicator('HOUSING_AREA')).getByText('Hãy ghi lý do vì kết quả khác đề xuất')).toBeInTheDocument();
    const alert = document.querySelector('[data-problem-code="VALIDATION_FAILED"]');
    expect(alert).toHaveTextContent('Thông tin chưa hợp lệ');
    expect(alert).toHaveTextContent('Chưa quyết định đủ các chỉ số của chuẩn nghèo');
    expect(alert).not.toHaveTextContent('Ngày phải trong kỳ rà soát');
  });

  it('adds B1 score items with a live total against the line', async () => {
    const user = userEvent.setup();
    const calls = serve();
    open();
    await screen.findByTestId('assessment-form');
    await user.click(screen.getByRole('radio', { name: 'Chấm điểm theo câu hỏi Mẫu B1' }));
    await fill(user, screen.getByRole('textbox', { name: /Mã câu 1/ }), 'HOUSEHOLD_SIZE');
    await user.type(screen.getByRole('textbox', { name: /Điểm câu 1/ }), '100');
    await user.click(screen.getByRole('button', { name: 'Thêm câu trả lời' }));
    await fill(user, screen.getByRole('textbox', { name: /Mã câu 2/ }), 'HOUSING');
    await user.type(screen.getByRole('textbox', { name: /Điểm câu 2/ }), '35');
    expect(screen.getByTestId('score-total')).toHaveTextContent(
      'Tổng điểm A: 135 — ngưỡng khu vực nông thôn 140 điểm: bằng hoặc thấp hơn ngưỡng',
    );
    await user.type(screen.getByRole('textbox', { name: /Điểm câu 2/ }), '0');
    expect(screen.getByTestId('score-total')).toHaveTextContent('Tổng điểm A: 450');
    expect(screen.getByTestId('score-total')).toHaveTextContent('cao hơn ngưỡng');

    await fill(user, screen.getByRole('textbox', { name: /Ngày rà soát/ }), '10/10/2022');
    await fill(user, screen.getByRole('textbox', { name: /Họ tên cán bộ rà soát/ }), 'Lê Thị Hoa');
    await user.click(within(indicator('NUTRITION')).getByRole('radio', { name: 'Không thiếu hụt' }));
    await user.click(screen.getByRole('button', { name: 'Lưu phiếu rà soát' }));
    await waitFor(() => expect(calls.assessments).toHaveLength(1));
    expect(calls.assessments[0].monthlyIncomePerCapitaVnd).toBeUndefined();
    expect(calls.assessments[0].incomeScoreItems).toEqual([
      { code: 'HOUSEHOLD_SIZE', points: 100 },
      { code: 'HOUSING', points: 350 },
    ]);
  });

  it('shows an auditor the history without a form', async () => {
    serve({
      current: reviewCase({
        summary: caseSummary({ state: 'AGREED', proposedStatus: 'NEAR_POOR' }),
        assessments: [assessment()],
        votes: [
          {
            caseId: CASE_ID,
            householdCode: '29956-000123',
            headName: 'Nguyễn Văn An',
            agree: 31,
            proposedStatus: 'NEAR_POOR',
            agreed: true,
          },
        ],
      }),
    });
    open(auditorMe);
    const history = await screen.findByTestId('assessment-history');
    expect(screen.queryByTestId('assessment-form')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Đánh giá lại' })).not.toBeInTheDocument();
    const insurance = await within(history).findByRole('row', { name: /Bảo hiểm y tế/ });
    expect(insurance).toHaveAttribute('data-overridden', 'true');
    expect(insurance).toHaveTextContent('Lý do: Thẻ BHYT đã gia hạn ngày 15/9');
    expect(screen.getByTestId('case-votes')).toHaveTextContent('31 người đồng ý');
    expect(screen.getByTestId('case-votes')).toHaveTextContent('Thống nhất');
  });

  it('keeps what the reviewer typed when the language changes', async () => {
    const user = userEvent.setup();
    const calls = serve();
    open();
    await fillGeneral(user);
    await changeLanguage('en');
    expect(await screen.findByRole('textbox', { name: /Reviewer’s name/ })).toHaveValue('Lê Thị Hoa');
    expect(within(indicator('EMPLOYMENT')).getByTestId('proposal')).toHaveTextContent('Deprived');
    expect(calls.proposals).toHaveLength(1);
  });

  it('records a complaint about a posted result', async () => {
    const user = userEvent.setup();
    const calls = serve({
      current: reviewCase({ summary: caseSummary({ state: 'AGREED', proposedStatus: 'NEAR_POOR' }) }),
      commune: communeReview({ stage: 'POSTING', postedFrom: '2022-10-17', postedTo: '2022-10-21' }),
    });
    open();
    await user.click(await screen.findByRole('button', { name: 'Ghi nhận khiếu nại' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ghi nhận khiếu nại về kết quả niêm yết' });
    await fill(user, within(dialog).getByRole('textbox', { name: /Ngày nhận/ }), '18/10/2022');
    await fill(user, within(dialog).getByRole('textbox', { name: /Người khiếu nại/ }), 'Phạm Thị Lan');
    await fill(user, within(dialog).getByRole('textbox', { name: /Nội dung khiếu nại/ }), 'Hộ có xe tải');
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận' }));
    await waitFor(() =>
      expect(calls.complaints).toEqual([
        { caseId: CASE_ID, receivedOn: '2022-10-18', complainant: 'Phạm Thị Lan', content: 'Hộ có xe tải' },
      ]),
    );
  });

  it('explains that upholding a complaint needs the re-check first', async () => {
    const user = userEvent.setup();
    const calls = serve({
      current: reviewCase({
        summary: caseSummary({ state: 'DISPUTED', proposedStatus: 'NEAR_POOR', openComplaints: 1 }),
        complaints: [openComplaint],
      }),
      commune: communeReview({ stage: 'POSTING', postedFrom: '2022-10-17', postedTo: '2022-10-21' }),
    });
    open();
    expect(await screen.findByRole('button', { name: 'Ghi nhận phúc tra' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Giải quyết khiếu nại' }));
    const dialog = await screen.findByRole('dialog', { name: 'Giải quyết khiếu nại' });
    await user.click(within(dialog).getByRole('radio', { name: /Khiếu nại đúng/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận kết luận' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Cần phiếu phúc tra');
    expect(calls.resolutions[0].outcome).toBe('UPHELD');
  });
});
