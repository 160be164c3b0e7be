import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { HouseholdDetailRoute } from '@/features/households';
import type { BenefitProgram, Entitlement, Me } from '@/lib/api/types';
import { household } from '@/testing/fixtures';
import { officerMe, renderWithProviders } from '@/testing/render';
import { http, server } from '@/testing/server';
import { householdTabs } from './router';

/* The app composes the household page with the benefits tab (features never import each other). */
const h = household();
const withBenefits: Me = { ...officerMe, permissions: [...officerMe.permissions, 'benefit:read', 'benefit:fulfil'] };
const program: BenefitProgram = {
  code: 'HEALTH_INSURANCE',
  kind: 'HEALTH_INSURANCE',
  name: 'Hỗ trợ đóng bảo hiểm y tế',
  nameEn: 'Health-insurance premium support',
  leadUnit: 'Bảo hiểm xã hội huyện',
  legalCitation: 'Nghị định 146/2018/NĐ-CP',
  rules: [],
};
const covered = (memberId: string, fullName: string): Entitlement => ({
  id: `e-${memberId}`,
  programCode: 'HEALTH_INSURANCE',
  ruleCode: 'HI_POOR',
  householdId: h.id,
  communeCode: '29956',
  memberId,
  fullName,
  supportRatePercent: 100,
  validFrom: '2026-10-25',
  validTo: '2027-12-31',
  state: 'FULFILLED',
  cardNumber: 'HN4878712345678',
  cardValidFrom: '2026-11-01',
  cardValidTo: '2027-12-31',
  createdAt: '2026-10-25T03:00:00Z',
  createdBy: 'huyen.lan',
  updatedAt: '2026-11-01T03:00:00Z',
  updatedBy: 'xa.thuongphuoc1',
  events: [],
});

function serve() {
  server.use(
    http.get('/api/v1/households/{householdId}', ({ response }) => response(200).json(h)),
    http.get('/api/v1/benefit-programs', ({ response }) => response(200).json({ items: [program] })),
    http.get('/api/v1/households/{householdId}/entitlements', ({ response }) =>
      response(200).json({ householdId: h.id, items: h.members.map((m) => covered(m.id, m.fullName)) }),
    ),
  );
}

const open = (me: Me, route = `/households/${h.id}`) =>
  renderWithProviders(<HouseholdDetailRoute tabs={householdTabs} />, { route, path: '/households/:householdId', me });

describe('the household page with its benefits', () => {
  it('has a benefits tab and a link beside each member to that member’s benefits', async () => {
    serve();
    open(withBenefits);
    const table = await screen.findByTestId('members-table');
    const first = h.members[0];
    const link = within(table).getByRole('link', { name: `Chính sách hỗ trợ của ${first.fullName}` });
    expect(link).toHaveAttribute('href', `/households/${h.id}?tab=benefits&member=${first.id}`);
    await userEvent.click(screen.getByRole('tab', { name: 'Chính sách hỗ trợ' }));
    const sections = await screen.findAllByTestId('member-entitlements');
    expect(sections).toHaveLength(h.members.length);
    expect(sections[0]).toHaveTextContent('Số thẻ: HN4878712345678');
  });

  it('opens on one member from the link', async () => {
    serve();
    open(withBenefits, `/households/${h.id}?tab=benefits&member=${h.members[0].id}`);
    const sections = await screen.findAllByTestId('member-entitlements');
    expect(sections).toHaveLength(1);
    expect(sections[0]).toHaveAttribute('data-member', h.members[0].id);
  });

  it('shows no benefits tab without benefit:read', async () => {
    serve();
    open(officerMe);
    await screen.findByTestId('members-table');
    expect(screen.queryByRole('tab', { name: 'Chính sách hỗ trợ' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Chính sách hỗ trợ của/ })).not.toBeInTheDocument();
  });
});
