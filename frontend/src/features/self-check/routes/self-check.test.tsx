import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { setLanguageProvider } from '@/lib/api/client';
import { changeLanguage, currentLanguage } from '@/lib/i18n';
import { areaPage, communes } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { http, server } from '@/testing/server';
import type { PovertyEvaluation, PovertyEvaluationRequest, PovertyStandard, Problem as ProblemBody } from '@/lib/api/types';
import { evaluation, nd07, qd59 } from '../test-fixtures';
import { SelfCheckRoute } from './self-check';

interface Sent {
  body: PovertyEvaluationRequest;
  language: string | null;
}

function serve({
  standards = [qd59, nd07],
  answer = () => ({ status: 200, body: evaluation() }),
}: {
  standards?: PovertyStandard[];
  answer?: (body: PovertyEvaluationRequest) => { status: 200; body: PovertyEvaluation } | Problem;
} = {}) {
  const sent: Sent[] = [];
  server.use(
    http.get('/api/v1/areas', ({ response }) => response(200).json(areaPage(communes))),
    http.get('/api/v1/poverty-standards', ({ response }) => response(200).json({ items: standards })),
    http.post('/api/v1/poverty-evaluations', async ({ request, response }) => {
      const body = await request.json();
      sent.push({ body, language: request.headers.get('Accept-Language') });
      const answered = answer(body);
      if (answered.status === 200) return response(200).json(answered.body);
      return response.untyped(
        new Response(JSON.stringify(answered.body), {
          status: answered.status,
          headers: { 'Content-Type': 'application/problem+json', ...answered.headers },
        }),
      );
    }),
  );
  return sent;
}

interface Problem {
  status: 400 | 429;
  body: ProblemBody;
  headers?: Record<string, string>;
}

type User = ReturnType<typeof userEvent.setup>;

const question = (code: string) => document.querySelector<HTMLElement>(`[data-indicator="${code}"]`)!;

async function answerAll(user: User, yes: string[], indicators = nd07.indicators) {
  for (const indicator of indicators) {
    const label = yes.includes(indicator.code) ? /^(Có|Yes)$/ : /^(Không|No)$/;
    await user.click(within(question(indicator.code)).getByLabelText(label));
  }
}

async function openPage(questionsLegend = '3. Điều kiện sống của hộ') {
  const user = userEvent.setup({ delay: null });
  renderWithProviders(<SelfCheckRoute />, { route: '/tu-kiem-tra', path: '/tu-kiem-tra' });
  await screen.findByRole('group', { name: questionsLegend });
  return user;
}

const DEPRIVED = ['HEALTH_INSURANCE', 'HOUSING_AREA', 'SANITATION'];

beforeAll(() => setLanguageProvider(currentLanguage));

describe('the self-check page', () => {
  it('asks the questions of the standard in force, grouped by dimension', async () => {
    serve();
    await openPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Tự kiểm tra hộ nghèo, hộ cận nghèo' })).toBeInTheDocument();
    expect(screen.getByText(/Câu trả lời của bạn không được lưu lại/)).toBeInTheDocument();
    expect(screen.getByText(/Chuẩn áp dụng: Chuẩn nghèo đa chiều giai đoạn 2022–2025/)).toBeInTheDocument();
    for (const legend of ['Việc làm', 'Y tế', 'Giáo dục', 'Nhà ở', 'Nước sinh hoạt và vệ sinh', 'Thông tin']) {
      expect(screen.getByRole('group', { name: legend })).toBeInTheDocument();
    }
    const health = screen.getByRole('group', { name: 'Y tế' });
    expect(
      within(health).getByRole('radiogroup', {
        name: 'Có thành viên từ 6 tuổi trở lên chưa có thẻ bảo hiểm y tế còn hạn?',
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('radiogroup')).toHaveLength(1 + 12);
    // the score option is there, collapsed
    expect(screen.getByRole('button', { name: 'Tùy chọn nâng cao: điểm B1 (điểm A)' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(screen.queryByLabelText('Điểm B1 (điểm A)')).not.toBeInTheDocument();
  });

  it('sends a rural household’s answers in Vietnamese and shows the result, nothing stored', async () => {
    const sent = serve();
    const user = await openPage();
    await user.click(screen.getByLabelText(/Nông thôn/));
    await user.type(screen.getByLabelText('Thu nhập bình quân mỗi người một tháng'), '1200000');
    expect(screen.getByLabelText('Thu nhập bình quân mỗi người một tháng')).toHaveValue('1.200.000 đ');
    await answerAll(user, DEPRIVED);
    await user.click(screen.getByRole('button', { name: 'Xem kết quả' }));

    const result = await screen.findByTestId('self-check-result');
    expect(sent).toEqual([
      {
        body: {
          standardCode: 'ND07_2021',
          areaType: 'RURAL',
          monthlyIncomePerCapitaVnd: 1_200_000,
          deprivations: DEPRIVED,
        },
        language: 'vi',
      },
    ]);
    expect(within(result).getByTestId('self-check-status')).toHaveTextContent('Hộ nghèo');
    expect(screen.getByTestId('self-check-announcement')).toHaveTextContent('Kết quả ước tính: Hộ nghèo');
    expect(within(result).getByText('Chuẩn nghèo (nông thôn)')).toBeInTheDocument();
    expect(within(result).getByText('1.500.000 đ')).toBeInTheDocument();
    expect(within(result).getByText('1.200.000 đ mỗi người một tháng')).toBeInTheDocument();
    expect(within(result).getByText('Thu nhập bằng hoặc thấp hơn chuẩn nghèo.')).toBeInTheDocument();
    expect(within(result).getByTestId('deprived-indicators')).toHaveTextContent('Bảo hiểm y tế');
    expect(within(result).getByText(/thiếu hụt 3 trên 12 chỉ số/)).toBeInTheDocument();
    expect(within(result).getByTestId('self-check-explanation')).toHaveTextContent(/không cao hơn chuẩn nghèo/);
    expect(within(result).getByTestId('self-check-citation')).toHaveTextContent(
      'Căn cứ: Nghị định 07/2021/NĐ-CP ngày 27/01/2021, Điều 3',
    );
    const notice = within(result).getByTestId('estimate-notice');
    expect(notice).toHaveTextContent('Không có thông tin nào của bạn được lưu lại.');
    expect(notice).toHaveTextContent('UBND xã/thị trấn');
    expect(within(result).queryByTestId('unconfirmed-caution')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Kết quả ước tính' })).toHaveFocus());

    // a changed answer withdraws the result until it is asked for again
    await user.click(within(question('HEALTH_INSURANCE')).getByLabelText('Không'));
    expect(screen.queryByTestId('self-check-result')).not.toBeInTheDocument();
  });

  it('takes the area type from the chosen commune', async () => {
    const sent = serve();
    const user = await openPage();
    await screen.findByRole('option', { name: 'Thị trấn Thường Thới Tiền' });
    await user.selectOptions(screen.getByLabelText('Hoặc chọn xã/thị trấn nơi hộ đang ở'), '29971');
    expect(screen.getByText('Thị trấn Thường Thới Tiền thuộc khu vực thành thị.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Thành thị/)).toBeChecked();
    await user.type(screen.getByLabelText('Thu nhập bình quân mỗi người một tháng'), '2500000');
    await answerAll(user, []);
    await user.click(screen.getByRole('button', { name: 'Xem kết quả' }));
    await screen.findByTestId('self-check-result');
    expect(sent[0].body.areaType).toBe('URBAN');
    // choosing the other area type by hand drops the commune
    await user.click(screen.getByLabelText(/Nông thôn/));
    expect(screen.getByLabelText('Hoặc chọn xã/thị trấn nơi hộ đang ở')).toHaveValue('');
  });

  it('works out the income per person from the household total', async () => {
    serve();
    const user = await openPage();
    const toggle = screen.getByRole('button', { name: 'Chưa tính được? Tính giúp tôi' });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    // pasted, not typed: jsdom moves the caret when the field inserts thousands separators mid-typing
    await user.click(screen.getByLabelText('Tổng thu nhập của cả hộ trong một tháng'));
    await user.paste('3600000');
    expect(screen.getByRole('button', { name: 'Dùng số này' })).toBeDisabled();
    await user.type(screen.getByLabelText('Số người trong hộ'), '3');
    expect(screen.getByText('Mỗi người: 1.200.000 đ một tháng')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dùng số này' }));
    expect(screen.getByLabelText('Thu nhập bình quân mỗi người một tháng')).toHaveValue('1.200.000 đ');
  });

  it('checks every answer before sending anything', async () => {
    const sent = serve();
    const user = await openPage();
    await answerAll(user, [], nd07.indicators.slice(0, 10));
    await user.click(screen.getByRole('button', { name: 'Xem kết quả' }));
    expect(await screen.findByText('Hãy chọn nông thôn hoặc thành thị')).toBeInTheDocument();
    expect(screen.getByText('Hãy nhập thu nhập bình quân mỗi người một tháng')).toBeInTheDocument();
    expect(within(question('TELECOM_SERVICES')).getByText('Hãy chọn Có hoặc Không')).toBeInTheDocument();
    expect(within(question('EMPLOYMENT')).queryByText('Hãy chọn Có hoặc Không')).not.toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Còn 4 mục chưa trả lời hoặc chưa hợp lệ');
    expect(sent).toHaveLength(0);
  });

  it('sends exactly the B1 score when the advanced option is chosen', async () => {
    const sent = serve({
      answer: () => ({ status: 200, body: evaluation({ status: 'NEAR_POOR', deprivationCount: 0, deprivationScore: 0 }) }),
    });
    const user = await openPage();
    await user.click(screen.getByLabelText(/Nông thôn/));
    await user.type(screen.getByLabelText('Thu nhập bình quân mỗi người một tháng'), '1000000');
    await user.click(screen.getByRole('button', { name: 'Tùy chọn nâng cao: điểm B1 (điểm A)' }));
    await user.click(screen.getByLabelText('Điểm B1 (điểm A)', { selector: 'input[type="radio"]' }));
    expect(screen.queryByLabelText('Thu nhập bình quân mỗi người một tháng')).not.toBeInTheDocument();
    const score = screen.getByRole('textbox', { name: 'Điểm B1 (điểm A)' });
    expect(score).toHaveAccessibleDescription(/140 điểm ở nông thôn; 175 điểm ở thành thị/);
    await user.type(score, '120');
    await answerAll(user, []);
    await user.click(screen.getByRole('button', { name: 'Xem kết quả' }));
    const result = await screen.findByTestId('self-check-result');
    expect(sent[0].body).toEqual({ standardCode: 'ND07_2021', areaType: 'RURAL', incomeScore: 120, deprivations: [] });
    expect(within(result).getByText('Điểm A của hộ')).toBeInTheDocument();
    expect(within(result).getByText('Ngưỡng điểm A (nông thôn)')).toBeInTheDocument();
  });

  it('has no score option when the standard in force has no scores', async () => {
    serve({ standards: [{ ...qd59, validTo: undefined }] });
    await openPage();
    expect(screen.queryByRole('button', { name: /điểm B1/ })).not.toBeInTheDocument();
  });

  it('puts the server’s field problems beside the questions they point at', async () => {
    serve({
      answer: () => ({
        status: 400,
        body: {
          type: '/problems/validation',
          title: 'Validation failed',
          status: 400,
          code: 'VALIDATION_FAILED',
          errors: [
            { pointer: '/deprivations/1', detail: 'Chỉ số không thuộc chuẩn đã chọn' },
            { pointer: '', detail: 'Gửi đúng một trong hai: thu nhập hoặc điểm' },
          ],
        },
      }),
    });
    const user = await openPage();
    await user.click(screen.getByLabelText(/Nông thôn/));
    await user.type(screen.getByLabelText('Thu nhập bình quân mỗi người một tháng'), '1200000');
    await answerAll(user, DEPRIVED);
    await user.click(screen.getByRole('button', { name: 'Xem kết quả' }));
    expect(await within(question('HOUSING_AREA')).findByText('Chỉ số không thuộc chuẩn đã chọn')).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Thông tin chưa hợp lệ');
    expect(alert).toHaveTextContent('Gửi đúng một trong hai: thu nhập hoặc điểm');
    expect(alert).not.toHaveTextContent('Chỉ số không thuộc chuẩn đã chọn');
    expect(screen.queryByTestId('self-check-result')).not.toBeInTheDocument();
  });

  it('says when too many checks were asked for, in the user’s language', async () => {
    serve({
      answer: () => ({
        status: 429,
        body: { title: 'Too Many Requests', status: 429, code: 'RATE_LIMITED', detail: 'Rate limit exceeded' },
        headers: { 'Retry-After': '30' },
      }),
    });
    await changeLanguage('en');
    const user = await openPage('3. Living conditions');
    await user.click(screen.getByLabelText(/Urban/));
    await user.type(screen.getByLabelText('Monthly income per person'), '1500000');
    await answerAll(user, []);
    await user.click(screen.getByRole('button', { name: 'See the result' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Too many requests');
    expect(alert).toHaveTextContent('Please wait a moment and try again.');
    expect(screen.getByText('You can try again in 30 seconds.')).toBeInTheDocument();
  });

  it('asks again in English when the language changes after a result', async () => {
    const sent = serve({
      answer: () => ({ status: 200, body: evaluation({ explanation: [{ code: 'X', text: 'translated' }] }) }),
    });
    const user = await openPage();
    await user.click(screen.getByLabelText(/Nông thôn/));
    await user.type(screen.getByLabelText('Thu nhập bình quân mỗi người một tháng'), '1200000');
    await answerAll(user, DEPRIVED);
    await user.click(screen.getByRole('button', { name: 'Xem kết quả' }));
    await screen.findByTestId('self-check-result');
    await changeLanguage('en');
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1].language).toBe('en');
    expect(sent[1].body).toEqual(sent[0].body);
    expect(await screen.findByText('Poor household')).toBeInTheDocument();
    expect(screen.getByTestId('deprived-indicators')).toHaveTextContent('Health insurance');
    // answers survive the switch
    expect(within(question('SANITATION')).getByLabelText('Yes')).toBeChecked();
  });
});
