import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { renderWithProviders } from '@/testing/render';
import type { PovertyEvaluation, PovertyEvaluationRequest, PovertyStatus } from '@/lib/api/types';
import { evaluation, nd07 } from '../test-fixtures';
import { EvaluationResult } from './evaluation-result';

const request: PovertyEvaluationRequest = {
  standardCode: 'ND07_2021',
  areaType: 'RURAL',
  monthlyIncomePerCapitaVnd: 1_800_000,
  deprivations: [],
};

function show(overrides: Partial<PovertyEvaluation>, req: PovertyEvaluationRequest = request) {
  renderWithProviders(
    <EvaluationResult request={req} evaluation={evaluation(overrides)} standard={nd07} onChangeAnswers={() => {}} />,
  );
  return screen.getByTestId('self-check-result');
}

describe('the result', () => {
  it.each<[PovertyStatus, string, string]>([
    ['POOR', 'Hộ nghèo', 'Poor household'],
    ['NEAR_POOR', 'Hộ cận nghèo', 'Near-poor household'],
    ['MIDDLE_INCOME', 'Hộ có mức sống trung bình', 'Middle-income household'],
    ['NOT_POOR', 'Không thuộc diện nghèo', 'Not poor'],
  ])('shows %s in large words in Vietnamese and English', async (status, vi, en) => {
    const result = show({ status });
    expect(result).toHaveAttribute('data-status', status);
    expect(within(result).getByTestId('self-check-status')).toHaveTextContent(vi);
    await changeLanguage('en');
    expect(await within(result).findByTestId('self-check-status')).toHaveTextContent(en);
  });

  it('compares the income with the line and the middle-income ceiling', () => {
    const result = show({ status: 'MIDDLE_INCOME', incomeAtOrBelowLine: false, deprivationCount: 0, deprivedIndicators: [] });
    expect(within(result).getByText('1.800.000 đ mỗi người một tháng')).toBeInTheDocument();
    expect(within(result).getByText('Chuẩn nghèo (nông thôn)')).toBeInTheDocument();
    expect(within(result).getByText('2.250.000 đ')).toBeInTheDocument();
    expect(within(result).getByText('Thu nhập cao hơn chuẩn nghèo.')).toBeInTheDocument();
    expect(within(result).getByText('Hộ không thiếu hụt chỉ số nào.')).toBeInTheDocument();
    expect(within(result).getByTestId('income-marker')).toHaveStyle({ left: `${(1_800_000 / (2_250_000 * 1.3)) * 100}%` });
  });

  it('cautions about values the law has not confirmed', () => {
    const result = show({
      unconfirmed: ['thresholds.RURAL.middleIncomeCeilingVnd', 'indicators.TELECOM_SERVICES', 'scorePointsPerIndicator', 'x.y'],
    });
    const caution = within(result).getByTestId('unconfirmed-caution');
    expect(caution).toHaveTextContent('Lưu ý: có số liệu của chuẩn chưa được xác nhận');
    expect(caution).toHaveTextContent('Mức trần hộ có mức sống trung bình ở khu vực nông thôn');
    expect(caution).toHaveTextContent('Cách xác định chỉ số “Sử dụng dịch vụ viễn thông”');
    expect(caution).toHaveTextContent('Số điểm B cho mỗi chỉ số thiếu hụt');
    expect(caution).toHaveTextContent('x.y');
  });

  it('always says that nothing is stored, that it is an estimate and whom to ask', () => {
    const notice = within(show({})).getByTestId('estimate-notice');
    expect(notice).toHaveTextContent('Đây chỉ là kết quả ước tính');
    expect(notice).toHaveTextContent('Không có thông tin nào của bạn được lưu lại.');
    expect(notice).toHaveTextContent('rà soát hằng năm');
    expect(notice).toHaveTextContent('UBND xã/thị trấn');
  });

  it('shows the scores when the household answered with its B1 score', () => {
    const result = show(
      { status: 'NEAR_POOR', deprivationCount: 1, deprivationScore: 10 },
      { standardCode: 'ND07_2021', areaType: 'RURAL', incomeScore: 120, deprivations: ['NUTRITION'] },
    );
    expect(within(result).getByText('Điểm A của hộ')).toBeInTheDocument();
    expect(within(result).getByText('120 điểm')).toBeInTheDocument();
    expect(within(result).getByText('140 điểm')).toBeInTheDocument();
    expect(within(result).getByText('Điểm B (thiếu hụt): 10 điểm')).toBeInTheDocument();
    expect(within(result).getByText('Điểm A bằng hoặc thấp hơn ngưỡng.')).toBeInTheDocument();
  });
});
