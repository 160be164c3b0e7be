import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { setLanguageProvider } from '@/lib/api/client';
import type { HouseholdClassification } from '@/lib/api/types';
import { todayIso } from '@/lib/format';
import { changeLanguage, currentLanguage } from '@/lib/i18n';
import { household } from '@/testing/fixtures';
import { officerMe, renderWithProviders } from '@/testing/render';
import { http, server } from '@/testing/server';
import { HouseholdDetailRoute } from './household-detail';

const ID = household().id;

const card = (overrides: Partial<HouseholdClassification> = {}): HouseholdClassification => ({
  householdId: ID,
  householdCode: '29956-000123',
  headName: 'Nguyễn Văn An',
  communeCode: '29956',
  areaType: 'RURAL',
  referenceDate: '2022-10-01',
  standardCode: 'ND07_2021',
  standardName: 'Chuẩn nghèo đa chiều giai đoạn 2022–2025',
  legalCitation: 'Nghị định 07/2021/NĐ-CP',
  monthlyIncomePerCapitaVnd: 1400000,
  incomeLineVnd: 1500000,
  middleIncomeCeilingVnd: 2250000,
  status: 'POOR',
  deprivationCount: 3,
  deprivationScore: 30,
  indicators: [
    {
      code: 'EMPLOYMENT', dimension: 'EMPLOYMENT',
      nameVi: 'Việc làm',
      nameEn: 'Employment',
      outcome: 'DEPRIVED',
      rule: 'a working-age member is unemployed or a wage worker without a labour contract',
      evidence: [{ subject: 'Nguyễn Văn An', fact: 'labourContract', value: 'NONE' }],
    },
    {
      code: 'NUTRITION', dimension: 'HEALTH',
      nameVi: 'Dinh dưỡng',
      nameEn: 'Nutrition',
      outcome: 'UNKNOWN',
      rule: 'not recorded in the registry; the reviewer assesses it',
      evidence: [],
    },
    {
      code: 'HEALTH_INSURANCE', dimension: 'HEALTH',
      nameVi: 'Bảo hiểm y tế',
      nameEn: 'Health insurance',
      outcome: 'DEPRIVED',
      rule: 'a member aged 6 or older has no valid health-insurance card',
      evidence: [
        { subject: 'Nguyễn Văn An', fact: 'healthInsuranceExpiry', value: '2021-12-31' },
        { subject: 'Trần Thị Bình', fact: 'healthInsuranceCardNumber' },
      ],
    },
    {
      code: 'HOUSING_QUALITY', dimension: 'HOUSING',
      nameVi: 'Chất lượng nhà ở',
      nameEn: 'Housing quality',
      outcome: 'DEPRIVED',
      rule: 'at least two of walls, columns and roof are non-durable',
      evidence: [
        { subject: 'household', fact: 'wallMaterial', value: 'BAMBOO_LEAVES' },
        { subject: 'household', fact: 'roofMaterial', value: 'BAMBOO_LEAVES' },
      ],
    },
    {
      code: 'HOUSING_AREA', dimension: 'HOUSING',
      nameVi: 'Diện tích nhà ở bình quân đầu người',
      nameEn: 'Floor area per person',
      outcome: 'NOT_DEPRIVED',
      rule: 'floor area per person below 8 m²',
      evidence: [{ subject: 'household', fact: 'floorAreaPerPersonM2', value: '12.50' }],
    },
    {
      code: 'INFORMATION_ACCESS', dimension: 'INFORMATION',
      nameVi: 'Phương tiện phục vụ tiếp cận thông tin',
      nameEn: 'Information-access devices',
      outcome: 'NOT_DEPRIVED',
      rule: 'no information device and no loudspeaker within hearing',
      evidence: [
        { subject: 'household', fact: 'devices', value: 'SMARTPHONE,TV' },
        { subject: 'household', fact: 'hearsLoudspeaker', value: 'true' },
      ],
    },
  ],
  explanation: [],
  incomplete: true,
  unconfirmed: ['thresholds.RURAL.middleIncomeCeilingVnd'],
  ...overrides,
});

const EXPLANATION = {
  vi: 'Thu nhập 1.400.000 đồng/người/tháng bằng hoặc thấp hơn chuẩn nghèo 1.500.000 đồng.',
  en: 'Income of 1,400,000 VND per person per month is at or below the poverty line of 1,500,000 VND.',
};

interface Call {
  date: string | null;
  language: string | null;
}

function serve(make: (date: string) => HouseholdClassification = (date) => card({ referenceDate: date })) {
  const calls: Call[] = [];
  server.use(
    http.get('/api/v1/households/{householdId}', ({ response }) => response(200).json(household())),
    http.get('/api/v1/households/{householdId}/classification', ({ request, response }) => {
      const date = new URL(request.url).searchParams.get('date');
      const language = request.headers.get('Accept-Language');
      calls.push({ date, language });
      const body = make(date ?? '2022-10-01');
      const explanation =
        body.status === null
          ? []
          : [{ code: 'INCOME_AT_OR_BELOW_LINE', text: language === 'en' ? EXPLANATION.en : EXPLANATION.vi }];
      return response(200).json({ ...body, explanation } as never);
    }),
  );
  return calls;
}

function open(query = '?tab=classification&date=2022-10-01') {
  return renderWithProviders(<HouseholdDetailRoute />, {
    route: `/households/${ID}${query}`,
    path: '/households/:householdId',
    me: officerMe,
  });
}

beforeAll(() => setLanguageProvider(currentLanguage));

describe('the classification tab', () => {
  it('shows the standard, the income against the line, the proposed status and each indicator with its evidence', async () => {
    const calls = serve();
    open();
    const cardEl = await screen.findByTestId('classification-card');
    expect(await within(cardEl).findByText('Phiếu đề xuất phân loại hộ gia đình')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Phân loại', selected: true })).toBeInTheDocument();
    expect(within(cardEl).getByText('Chuẩn nghèo đa chiều giai đoạn 2022–2025')).toBeInTheDocument();
    expect(within(cardEl).getByText('Nghị định 07/2021/NĐ-CP')).toBeInTheDocument();
    expect(screen.getByTestId('classification-status')).toHaveTextContent('Hộ nghèo');
    expect(screen.getByTestId('classification-income')).toHaveTextContent('1.400.000 đ');
    expect(screen.getByTestId('classification-income')).toHaveTextContent('1.500.000 đ');
    expect(within(cardEl).getByText('3 / 6')).toBeInTheDocument();
    expect(within(cardEl).getByText('30')).toBeInTheDocument();
    expect(screen.getByLabelText('Ngày rà soát')).toHaveValue('01/10/2022');
    expect(calls[0]).toEqual({ date: '2022-10-01', language: 'vi' });

    const table = screen.getByTestId('classification-indicators');
    // grouped by dimension, in the decree's order
    const groupHeaders = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent)
      .filter((text) => !['Chỉ số', 'Kết quả', 'Căn cứ'].includes(text ?? ''));
    expect(groupHeaders).toEqual(['Việc làm', 'Y tế', 'Nhà ở', 'Thông tin']);

    const row = (name: string) => {
      const found = within(table)
        .getAllByRole('row')
        .filter((tr) => tr.querySelector('td')?.textContent === name);
      expect(found).toHaveLength(1);
      return found[0];
    };
    expect(row('Việc làm')).toHaveTextContent('Thiếu hụt');
    expect(row('Việc làm')).toHaveTextContent('Nguyễn Văn An — Hợp đồng lao động: Không có hợp đồng');
    expect(row('Dinh dưỡng')).toHaveTextContent('Chưa đủ thông tin');
    expect(row('Dinh dưỡng')).toHaveTextContent('cán bộ rà soát quyết định');
    expect(row('Bảo hiểm y tế')).toHaveTextContent('Nguyễn Văn An — Hạn thẻ BHYT: 31/12/2021');
    expect(row('Bảo hiểm y tế')).toHaveTextContent('Trần Thị Bình — Thẻ BHYT: không có thẻ');
    expect(row('Chất lượng nhà ở')).toHaveTextContent('Hộ — Vật liệu tường: Tre, nứa, lá');
    expect(row('Chất lượng nhà ở')).toHaveTextContent('Hộ — Vật liệu mái: Tre, nứa, lá');
    expect(row('Diện tích nhà ở bình quân đầu người')).toHaveTextContent('Không thiếu hụt');
    expect(row('Diện tích nhà ở bình quân đầu người')).toHaveTextContent(
      'Hộ — Diện tích bình quân (m²/người): 12,5 m²',
    );
    expect(row('Phương tiện phục vụ tiếp cận thông tin')).toHaveTextContent(
      'Phương tiện tiếp cận thông tin: Điện thoại thông minh, Ti vi',
    );
    expect(row('Phương tiện phục vụ tiếp cận thông tin')).toHaveTextContent('Nghe được loa truyền thanh: Có');

    expect(screen.getByTestId('classification-explanation')).toHaveTextContent(EXPLANATION.vi);
    expect(screen.getByTestId('classification-incomplete')).toHaveTextContent('Đề xuất — cán bộ rà soát xác nhận');
    expect(screen.getByTestId('classification-unconfirmed')).toHaveTextContent(
      'Mức trần hộ có mức sống trung bình ở khu vực nông thôn',
    );
    expect(screen.getByRole('button', { name: 'In phiếu' })).toBeEnabled();
  });

  it('says "chưa xác định" and "chưa ghi nhận" when the income is not recorded, without notes it does not need', async () => {
    serve((date) =>
      card({
        referenceDate: date,
        monthlyIncomePerCapitaVnd: null,
        status: null,
        incomplete: false,
        unconfirmed: [],
      }),
    );
    open();
    expect(await screen.findByTestId('classification-status')).toHaveTextContent('chưa xác định');
    expect(screen.getByTestId('classification-income')).toHaveTextContent('Thu nhập của hộ: chưa ghi nhận');
    expect(screen.queryByTestId('classification-incomplete')).not.toBeInTheDocument();
    expect(screen.queryByTestId('classification-unconfirmed')).not.toBeInTheDocument();
    expect(screen.queryByTestId('classification-explanation')).not.toBeInTheDocument();
  });

  it('asks for the explanation in the UI language and names the indicators in it', async () => {
    await changeLanguage('en');
    const calls = serve();
    open();
    expect(await screen.findByTestId('classification-explanation')).toHaveTextContent(EXPLANATION.en);
    expect(calls[calls.length - 1].language).toBe('en');
    expect(screen.getByRole('tab', { name: 'Classification', selected: true })).toBeInTheDocument();
    expect(screen.getByTestId('classification-status')).toHaveTextContent('Poor household');
    const table = screen.getByTestId('classification-indicators');
    expect(within(table).getByRole('row', { name: /^Health insurance/ })).toHaveTextContent(
      'Health-insurance card expiry: 31/12/2021',
    );
    expect(within(table).getByRole('row', { name: /^Nutrition/ })).toHaveTextContent('Not enough information');
    expect(screen.getByTestId('classification-income')).toHaveTextContent('1,400,000 VND');
  });

  it('keeps the review date in the URL and fetches the card again when it changes', async () => {
    const calls = serve();
    const user = userEvent.setup({ delay: null });
    open();
    await screen.findByTestId('classification-indicators');
    const input = screen.getByLabelText('Ngày rà soát');
    await user.clear(input);
    await user.type(input, '15/01/2023');
    await waitFor(() => expect(calls[calls.length - 1].date).toBe('2023-01-15'));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('date=2023-01-15'));
    expect(screen.getByTestId('location')).toHaveTextContent('tab=classification');
    // nothing is fetched for the dates half typed
    expect(calls.map((c) => c.date)).toEqual(['2022-10-01', '2023-01-15']);
    await waitFor(() =>
      expect(screen.getByTestId('classification-card')).toHaveTextContent(
        'Phiếu do hệ thống đề xuất từ dữ liệu sổ hộ ngày 15/01/2023',
      ),
    );
  });

  it('asks for today when the URL names no date', async () => {
    const calls = serve();
    open('?tab=classification');
    await screen.findByTestId('classification-indicators');
    expect(calls[0].date).toBe(todayIso());
  });

  it('shows a problem with the problem alert', async () => {
    server.use(
      http.get('/api/v1/households/{householdId}', ({ response }) => response(200).json(household())),
      http.get('/api/v1/households/{householdId}/classification', ({ response }) =>
        response(404).json({ type: '/problems/not-found', title: 'Not found', status: 404, code: 'NOT_FOUND' }),
      ),
    );
    open();
    const card = await screen.findByTestId('classification-card');
    expect(await within(card).findByRole('alert')).toBeInTheDocument();
    expect(screen.queryByTestId('classification-indicators')).not.toBeInTheDocument();
  });
});
