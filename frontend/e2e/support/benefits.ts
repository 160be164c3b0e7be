import { expect, request, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { accessToken } from './auth';
import { env } from './env';

const iso = (d: Date) => d.toISOString().slice(0, 10);
const plusDays = (day: string, n: number) => iso(new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000));

interface Cycle {
  id: string;
  year: number;
  month: number;
  opensOn: string;
  standardCode: string;
  communes: { id: string; communeCode: string }[];
}

/**
 * The monthly (regular) review of one household through the review API, as the district officer: opened two or more
 * months back (so every step lies in the past and the decision is recent enough for this year's cards), the
 * household's application, an assessment with an income far below the line, its hamlet's meeting, then posting and
 * decision in every commune. The district's consolidation, which freezes the statuses, is left to the screen.
 */
export class RegularReview {
  private constructor(
    private readonly http: APIRequestContext,
    readonly cycle: Cycle,
  ) {}

  static async open(page: Page): Promise<RegularReview> {
    const http = await request.newContext({
      baseURL: env.apiUrl,
      extraHTTPHeaders: { Authorization: `Bearer ${await accessToken(page)}`, Origin: env.baseUrl },
    });
    const now = new Date();
    // a month not used yet on this stack (each run of the e2e database is fresh; a second run takes an older month)
    for (let back = 2; back < 14; back += 1) {
      const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
      const res = await http.post('/api/v1/review-cycles', {
        data: { kind: 'REGULAR', year: first.getUTCFullYear(), month: first.getUTCMonth() + 1 },
      });
      if (res.status() === 409) continue;
      expect(res.status(), await res.text()).toBe(201);
      return new RegularReview(http, (await res.json()) as Cycle);
    }
    throw new Error('no free month for a regular review cycle');
  }

  /** "Rà soát thường xuyên tháng 09/2026", as the cycle picker names it. */
  label(): string {
    return `Rà soát thường xuyên tháng ${String(this.cycle.month).padStart(2, '0')}/${this.cycle.year}`;
  }

  private day(offset: number): string {
    return plusDays(this.cycle.opensOn, offset);
  }

  private async ok(res: Promise<import('@playwright/test').APIResponse>, status = 200) {
    const r = await res;
    expect(r.status(), await r.text()).toBe(status);
    return r.json();
  }

  /** Application, assessment (every indicator deprived, income 500,000 VND a month) and the hamlet's agreement. */
  async assessAsPoor(householdId: string): Promise<void> {
    const created = (await this.ok(
      this.http.post(`/api/v1/review-cycles/${this.cycle.id}/cases`, { data: { householdId, appliedOn: this.day(1) } }),
      201,
    )) as { summary: { id: string; communeCode: string; hamletCode: string } };
    const reviewCase = created.summary;
    const proposals = (await this.ok(
      this.http.get(`/api/v1/households/${householdId}/classification`, {
        params: { date: this.day(2), standardCode: this.cycle.standardCode },
      }),
    )) as { indicators: { code: string; outcome: string }[] };
    await this.ok(
      this.http.post(`/api/v1/review-cycles/${this.cycle.id}/assessments`, {
        data: {
          caseId: reviewCase.id,
          assessedOn: this.day(2),
          reviewerName: 'Lê Thị Hoa',
          monthlyIncomePerCapitaVnd: 500_000,
          indicators: proposals.indicators.map((i) => ({
            code: i.code,
            deprived: true,
            ...(i.outcome === 'DEPRIVED' ? {} : { reason: 'Đã kiểm tra thực tế tại hộ' }),
          })),
        },
      }),
      201,
    );
    await this.ok(
      this.http.post(`/api/v1/review-cycles/${this.cycle.id}/meetings`, {
        data: {
          communeCode: reviewCase.communeCode,
          hamletCode: reviewCase.hamletCode,
          heldOn: this.day(3),
          chairName: 'Trần Văn Bảy',
          attendees: 30,
          votes: [{ caseId: reviewCase.id, agree: 25 }],
        },
      }),
      201,
    );
  }

  /** Every commune posts its results for ten days and decides the day after. */
  async decideEverywhere(): Promise<string> {
    const decidedOn = this.day(15);
    for (const commune of this.cycle.communes) {
      await this.ok(
        this.http.post(`/api/v1/commune-reviews/${commune.id}/posting`, {
          data: { postedFrom: this.day(4), postedTo: this.day(14) },
        }),
      );
      await this.ok(
        this.http.post(`/api/v1/commune-reviews/${commune.id}/decision`, {
          data: { decisionNumber: `${200 + this.cycle.communes.indexOf(commune)}/QĐ-UBND`, decidedOn },
        }),
      );
    }
    return decidedOn;
  }

  async dispose(): Promise<void> {
    await this.http.dispose();
  }
}

/** A benefit program's page: coverage chart and table, the reconciliation lists, the people entitled. */
export class ProgramPage {
  constructor(private readonly page: Page) {}

  async open(code: string, communeCode?: string): Promise<void> {
    await this.page.goto(`/benefits/programs/${code}${communeCode ? `?commune=${communeCode}` : ''}`);
    await expect(this.coverageTable()).toBeVisible();
  }

  chart(): Locator {
    return this.page.getByTestId('coverage-chart');
  }

  coverageTable(): Locator {
    return this.page.getByTestId('coverage-table');
  }

  /** One figure of a commune's row: entitled, fulfilled, unfulfilled, noLongerEntitled, coveragePercent. */
  async figure(communeCode: string, column: string): Promise<number> {
    const text = await this.coverageTable().locator(`tr[data-commune="${communeCode}"] td[data-col="${column}"]`).innerText();
    return Number(text.replace(/[^\d,]/g, '').replace(',', '.'));
  }

  reconciliationRows(householdCode: string): Locator {
    return this.page.getByTestId('reconciliation-table').locator(`tr[data-household="${householdCode}"]`);
  }

  async chooseFinding(label: string | RegExp): Promise<void> {
    const select = this.page.getByLabel(/^(Loại đối chiếu|Finding)$/);
    const option = select.locator('option').filter({ hasText: label });
    await select.selectOption((await option.getAttribute('value'))!);
  }
}

/** The household page's benefits tab. */
export class HouseholdBenefits {
  constructor(private readonly page: Page) {}

  async open(householdId: string): Promise<void> {
    await this.page.goto(`/households/${householdId}?tab=benefits`);
    await expect(this.panel()).toBeVisible();
  }

  panel(): Locator {
    return this.page.getByTestId('household-entitlements');
  }

  /** The live entitlement of a program for one person (by name). */
  row(fullName: string, programCode: string): Locator {
    return this.panel()
      .getByTestId('member-entitlements')
      .filter({ has: this.page.getByRole('heading', { name: fullName, exact: true }) })
      .locator(`[data-testid="entitlement-row"][data-program="${programCode}"]`);
  }

  /** Records a health-insurance card from the row's "Ghi nhận" button. */
  async issueCard(row: Locator, cardNumber: string): Promise<void> {
    await row.getByRole('button', { name: /Ghi nhận|Record/ }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(/Bước cần ghi nhận|Step to record/).selectOption('FULFILLED');
    await dialog.getByLabel(/Số thẻ bảo hiểm y tế|card number/).fill(cardNumber);
    await dialog.getByRole('button', { name: /^(Ghi nhận|Record)$/ }).click();
    await expect(dialog).toBeHidden();
  }
}
