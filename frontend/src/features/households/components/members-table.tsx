import { Fragment, type ReactNode } from 'react';
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconDoorExit, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Member } from '@/lib/api/types';
import { formatDate } from '@/lib/format';
import { enumLabel } from '../labels';

interface MembersTableProps {
  members: Member[];
  canWrite: boolean;
  onEdit: (member: Member) => void;
  onDepart: (member: Member) => void;
  /** Links other features put beside each member (e.g. to the member's entitlements). */
  memberLinks?: ((member: Member) => ReactNode)[];
}

export function MembersTable({ members, canWrite, onEdit, onDepart, memberLinks = [] }: MembersTableProps) {
  const withActions = canWrite || memberLinks.length > 0;
  const { t } = useTranslation();
  const col = (name: string) => t(`households.members.fields.${name}`);
  if (members.length === 0) {
    return <Text c="dimmed">{t('households.members.empty')}</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing="sm" data-testid="members-table">
        <caption className="visually-hidden">{t('households.members.caption')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{col('fullName')}</Table.Th>
            <Table.Th scope="col">{col('relationship')}</Table.Th>
            <Table.Th scope="col">{col('dateOfBirth')}</Table.Th>
            <Table.Th scope="col">{col('sex')}</Table.Th>
            <Table.Th scope="col">{col('citizenId')}</Table.Th>
            <Table.Th scope="col">{col('ethnicity')}</Table.Th>
            <Table.Th scope="col">{col('educationLevel')}</Table.Th>
            <Table.Th scope="col">{col('employment')}</Table.Th>
            <Table.Th scope="col">{col('healthInsuranceCardNumber')}</Table.Th>
            {withActions && (
              <Table.Th scope="col">
                <span className="visually-hidden">{t('households.members.actions')}</span>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...members]
            .sort((a, b) => Number(b.relationship === 'HEAD') - Number(a.relationship === 'HEAD'))
            .map((m) => (
            <Table.Tr key={m.id}>
              <Table.Th scope="row" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {m.fullName}
              </Table.Th>
              <Table.Td>
                {m.relationship === 'HEAD' ? (
                  <Badge color="blue" variant="light">
                    {enumLabel(t, 'relationship', m.relationship)}
                  </Badge>
                ) : (
                  enumLabel(t, 'relationship', m.relationship)
                )}
              </Table.Td>
              <Table.Td>{formatDate(m.dateOfBirth)}</Table.Td>
              <Table.Td>{enumLabel(t, 'sex', m.sex)}</Table.Td>
              <Table.Td ff="monospace">{m.citizenId || '—'}</Table.Td>
              <Table.Td>{enumLabel(t, 'ethnicity', m.ethnicity)}</Table.Td>
              <Table.Td>{enumLabel(t, 'educationLevel', m.educationLevel)}</Table.Td>
              <Table.Td>{enumLabel(t, 'employment', m.employment)}</Table.Td>
              <Table.Td>
                {m.healthInsuranceCardNumber ? (
                  <Text size="sm">
                    <span style={{ fontFamily: 'monospace' }}>{m.healthInsuranceCardNumber}</span>
                    {m.healthInsuranceExpiry && (
                      <Text span size="xs" c="gray.7" display="block">
                        {t('households.members.validUntil', { date: formatDate(m.healthInsuranceExpiry) })}
                      </Text>
                    )}
                  </Text>
                ) : (
                  '—'
                )}
              </Table.Td>
              {withActions && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    {memberLinks.map((link, i) => (
                      <Fragment key={i}>{link(m)}</Fragment>
                    ))}
                    {canWrite && (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      leftSection={<IconPencil size={14} aria-hidden />}
                      onClick={() => onEdit(m)}
                      aria-label={t('households.members.editNamed', { name: m.fullName })}
                    >
                      {t('common.edit')}
                    </Button>
                    )}
                    {canWrite && m.relationship !== 'HEAD' && (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        leftSection={<IconDoorExit size={14} aria-hidden />}
                        onClick={() => onDepart(m)}
                        aria-label={t('households.members.departNamed', { name: m.fullName })}
                      >
                        {t('households.members.depart')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
