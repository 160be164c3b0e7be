import { useState } from 'react';
import { Badge, Grid, NavLink, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadingState, PageHeader, ProblemAlert } from '@/components';
import type { Area } from '@/lib/api/types';
import { useAreas } from '../api/get-areas';

function Hamlets({ commune }: { commune: Area }) {
  const { t } = useTranslation();
  const hamlets = useAreas('HAMLET', commune.code);
  return (
    <Stack gap="sm">
      <Title order={2} fz="lg" id="hamlets-heading">
        {t('areas.hamletsOf', { name: commune.name })}
      </Title>
      {hamlets.isPending ? (
        <LoadingState />
      ) : hamlets.isError ? (
        <ProblemAlert error={hamlets.error} />
      ) : hamlets.data.items.length === 0 ? (
        <Text c="dimmed">{t('areas.noHamlets')}</Text>
      ) : (
        <Table striped aria-labelledby="hamlets-heading">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('areas.columns.code')}</Table.Th>
              <Table.Th scope="col">{t('areas.columns.name')}</Table.Th>
              <Table.Th scope="col">{t('areas.columns.unitType')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {hamlets.data.items.map((h) => (
              <Table.Tr key={h.code}>
                <Table.Td ff="monospace">{h.code}</Table.Td>
                <Table.Td>{h.name}</Table.Td>
                <Table.Td>{t(`areas.unitType.${h.unitType}`, { defaultValue: h.unitType })}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

export function AreasRoute() {
  const { t } = useTranslation();
  const communes = useAreas('COMMUNE');
  const [selected, setSelected] = useState<string | null>(null);
  const items = communes.data?.items ?? [];
  const current = items.find((c) => c.code === selected) ?? items[0];

  return (
    <Stack gap="md">
      <PageHeader title={t('areas.title')} description={t('areas.description')} />
      {communes.isPending ? (
        <LoadingState />
      ) : communes.isError ? (
        <ProblemAlert error={communes.error} onRetry={() => void communes.refetch()} />
      ) : (
        <Grid>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Paper withBorder radius="md" p="xs" component="nav" aria-label={t('areas.communes')}>
              {items.map((c) => (
                <NavLink
                  key={c.code}
                  component="button"
                  active={current?.code === c.code}
                  aria-current={current?.code === c.code ? 'true' : undefined}
                  label={c.name}
                  description={`${c.code} · ${t(`areas.unitType.${c.unitType}`, { defaultValue: c.unitType })}`}
                  rightSection={
                    c.areaType && (
                      <Badge size="xs" variant="light" color={c.areaType === 'URBAN' ? 'grape' : 'teal'}>
                        {t(`areas.areaType.${c.areaType}`)}
                      </Badge>
                    )
                  }
                  onClick={() => setSelected(c.code)}
                />
              ))}
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Paper withBorder radius="md" p="md">
              {current ? <Hamlets commune={current} /> : <Text c="dimmed">{t('areas.noCommunes')}</Text>}
            </Paper>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
