import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState, PageHeader, ProblemAlert } from '@/components';
import { currentLanguage } from '@/lib/i18n';
import { toBenefitProgram } from '@/lib/paths';
import { useBenefitPrograms } from '../api/get-benefit-programs';
import { programName } from '../entitlements';

/** The programs of the plan with their legal basis; each opens its coverage board. */
export function BenefitsListRoute() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const programs = useBenefitPrograms();
  return (
    <Stack gap="md">
      <PageHeader title={t('benefits.programs.title')} description={t('benefits.programs.description')} />
      {programs.isPending ? (
        <LoadingState />
      ) : programs.isError ? (
        <ProblemAlert error={programs.error} onRetry={() => void programs.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {programs.data.items.map((p) => (
            <Paper key={p.code} withBorder p="md" radius="md" component="li" data-testid="program-card" data-program={p.code}>
              <Stack gap={6}>
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Title order={2} fz="md">
                    <Anchor component={Link} to={toBenefitProgram(p.code)}>
                      {programName(p, language)}
                    </Anchor>
                  </Title>
                  <Badge variant="light" color="navy" style={{ textTransform: 'none', flexShrink: 0 }}>
                    {t(`benefits.kinds.${p.kind}`)}
                  </Badge>
                </Group>
                <Text size="sm">
                  <Text span fw={600}>
                    {t('benefits.program.citation')}:
                  </Text>{' '}
                  {p.legalCitation}
                </Text>
                <Text size="sm" c="gray.7">
                  {t('benefits.program.leadUnit')}: {p.leadUnit}
                </Text>
                <Text size="sm" c="gray.7">
                  {p.kind === 'ACTIVITY' ? t('benefits.programs.activity') : t('benefits.programs.rules', { count: p.rules.length })}
                </Text>
              </Stack>
            </Paper>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
