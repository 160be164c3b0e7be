import { Accordion, Group, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EvidenceList, InfoGrid } from '@/components';
import type { Assessment, PovertyIndicator } from '@/lib/api/types';
import { formatDate, formatDateTime, formatVnd } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { StatusBadge, Tag } from './badges';
import { ScrollTable } from './scroll-table';

interface Props {
  assessments: Assessment[];
  /** The standard's indicators, to name the codes; the code is shown when unknown. */
  indicators: PovertyIndicator[];
}

/** Every assessment of the case, newest first (as the server orders them), with the overrides marked. */
export function AssessmentHistory({ assessments, indicators }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const name = (code: string) => {
    const indicator = indicators.find((i) => i.code === code);
    return indicator ? (language === 'vi' ? indicator.nameVi : indicator.nameEn) : code;
  };
  if (assessments.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('review.history.empty')}
      </Text>
    );
  }
  return (
    <Accordion variant="separated" defaultValue={assessments[0].id} data-testid="assessment-history">
      {assessments.map((a, index) => {
        const overrides = a.indicators.filter((i) => i.overridden);
        return (
          <Accordion.Item key={a.id} value={a.id} data-assessment={a.id}>
            <Accordion.Control>
              <Group gap="sm" wrap="wrap">
                <Text fw={600} size="sm">
                  {t('review.history.heading', { date: formatDate(a.assessedOn), reviewer: a.reviewerName })}
                </Text>
                <StatusBadge status={a.status} />
                {index === 0 && (
                  <Tag variant="outline" tone="navy">
                    {t('review.history.latest')}
                  </Tag>
                )}
                {overrides.length > 0 && (
                  <Tag tone="orange" data-testid="override-count">
                    {t('review.history.overrides', { count: overrides.length })}
                  </Tag>
                )}
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="md">
                <InfoGrid
                  items={[
                    {
                      label: t('review.history.income'),
                      value:
                        a.monthlyIncomePerCapitaVnd != null
                          ? formatVnd(a.monthlyIncomePerCapitaVnd, language)
                          : a.incomeScore != null
                            ? t('review.history.score', { score: a.incomeScore })
                            : '',
                    },
                    {
                      label: t('review.history.deprivations'),
                      value:
                        a.deprivationScore != null
                          ? t('review.history.countAndScore', {
                              count: a.deprivationCount,
                              total: a.indicators.length,
                              score: a.deprivationScore,
                            })
                          : t('review.history.count', { count: a.deprivationCount, total: a.indicators.length }),
                    },
                    { label: t('review.history.recordedBy'), value: `${a.assessedBy} — ${formatDateTime(a.createdAt)}` },
                    { label: t('review.history.standard'), value: a.standardCode },
                    { label: t('review.history.note'), value: a.note ?? '' },
                  ]}
                />
                {a.incomeScoreItems && a.incomeScoreItems.length > 0 && (
                  <List size="sm" spacing={0}>
                    {a.incomeScoreItems.map((item, i) => (
                      <List.Item key={`${item.code}-${i}`}>
                        {item.code}
                        {item.label ? ` — ${item.label}` : ''}: {item.points}
                      </List.Item>
                    ))}
                  </List>
                )}
                <ScrollTable minWidth={640} label={t('review.history.indicatorsCaption')}>
                  <Table withTableBorder verticalSpacing={6} data-testid="assessment-indicators">
                    <caption className="visually-hidden">{t('review.history.indicatorsCaption')}</caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('review.history.columns.indicator')}</Table.Th>
                        <Table.Th scope="col">{t('review.history.columns.proposed')}</Table.Th>
                        <Table.Th scope="col">{t('review.history.columns.decided')}</Table.Th>
                        <Table.Th scope="col">{t('review.history.columns.evidence')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {a.indicators.map((i) => (
                        <Table.Tr key={i.code} data-indicator={i.code} data-overridden={i.overridden}>
                          <Table.Td>{name(i.code)}</Table.Td>
                          <Table.Td>{t(`review.outcome.${i.proposed}`)}</Table.Td>
                          <Table.Td>
                            <Stack gap={2}>
                              <Text size="sm" fw={i.overridden ? 700 : 400}>
                                {i.deprived ? t('review.outcome.DEPRIVED') : t('review.outcome.NOT_DEPRIVED')}
                              </Text>
                              {i.overridden && (
                                <Tag tone="orange" w="fit-content">
                                  {t('review.assessment.b2.override')}
                                </Tag>
                              )}
                              {i.reason && (
                                <Text size="xs" c="gray.8">
                                  {t('review.history.reason', { reason: i.reason })}
                                </Text>
                              )}
                            </Stack>
                          </Table.Td>
                          <Table.Td>
                            <EvidenceList evidence={i.evidence} />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollTable>
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        );
      })}
    </Accordion>
  );
}
