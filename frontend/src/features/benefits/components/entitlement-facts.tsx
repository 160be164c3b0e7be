import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Entitlement, ProgramKind } from '@/lib/api/types';
import { formatDate, formatVnd } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { formatPercent, trainingOutcome } from '../entitlements';

/** "01/01/2026 – 31/12/2027", or open-ended until the next frozen status. */
export function ValidityText({ from, to }: { from: string; to?: string | null }) {
  const { t } = useTranslation();
  return <>{to ? t('benefits.validity.range', { from: formatDate(from), to: formatDate(to) }) : t('benefits.validity.open', { from: formatDate(from) })}</>;
}

/** What an entitlement gives and how far it is fulfilled: rate, card, loan, training outcome. */
export function EntitlementFacts({ entitlement: e, kind }: { entitlement: Entitlement; kind: ProgramKind | undefined }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const lines: { key: string; text: string }[] = [];
  if (e.supportRatePercent != null) {
    lines.push({ key: 'rate', text: t('benefits.facts.supportRate', { rate: formatPercent(e.supportRatePercent, language) }) });
  }
  if (e.monthlyAmountVnd != null) {
    lines.push({ key: 'monthly', text: t('benefits.facts.monthlyAmount', { amount: formatVnd(e.monthlyAmountVnd, language) }) });
  }
  if (e.amountCapVnd != null && !e.loanAmountVnd) {
    lines.push({ key: 'cap', text: t('benefits.facts.amountCap', { amount: formatVnd(e.amountCapVnd, language) }) });
  }
  if (e.cardNumber) {
    lines.push({ key: 'card', text: t('benefits.facts.card', { number: e.cardNumber }) });
  }
  if (e.cardValidFrom && e.cardValidTo) {
    lines.push({
      key: 'cardValidity',
      text: t('benefits.facts.cardValidity', { from: formatDate(e.cardValidFrom), to: formatDate(e.cardValidTo) }),
    });
  }
  if (e.loanAmountVnd) {
    lines.push({ key: 'loan', text: t('benefits.facts.loanAmount', { amount: formatVnd(e.loanAmountVnd, language) }) });
  }
  if (e.repaymentStatus) {
    lines.push({ key: 'repayment', text: t('benefits.facts.repayment', { status: t(`benefits.repayment.${e.repaymentStatus}`) }) });
  }
  if (kind === 'VOCATIONAL_TRAINING') {
    lines.push({ key: 'training', text: t(`benefits.training.outcome.${trainingOutcome(e)}`) });
  }
  if (lines.length === 0) return <>—</>;
  return (
    <>
      {lines.map((l) => (
        <Text key={l.key} size="sm" data-fact={l.key}>
          {l.text}
        </Text>
      ))}
    </>
  );
}

/** The entitlement's history: each step with its day, who recorded it and when. */
export function EntitlementHistory({ entitlement: e }: { entitlement: Entitlement }) {
  const { t } = useTranslation();
  if (e.events.length === 0) return null;
  return (
    <details>
      <summary style={{ cursor: 'pointer', fontSize: 'var(--mantine-font-size-sm)' }}>
        {t('benefits.history.toggle', { count: e.events.length })}
      </summary>
      <ol style={{ margin: '4px 0 0', paddingLeft: 18 }}>
        {e.events.map((ev, i) => (
          <li key={`${ev.recordedAt}-${i}`}>
            <Text size="xs">
              {t('benefits.history.line', {
                date: formatDate(ev.occurredOn),
                event: t(`benefits.events.${ev.kind}`),
                by: ev.recordedBy,
              })}
            </Text>
          </li>
        ))}
      </ol>
    </details>
  );
}
