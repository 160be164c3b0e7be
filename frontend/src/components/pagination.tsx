import { Group, NativeSelect, Pagination as MantinePagination, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';

interface PaginationProps {
  /** 0-based page, as the API counts. */
  page: number;
  size: number;
  totalItems: number;
  totalPages: number;
  onPageChange: (page: number) => void;
  onSizeChange?: (size: number) => void;
  sizes?: number[];
  /** False when totalItems is only a lower bound: the summary shows "1.000+" and asks for a narrower search. */
  exact?: boolean;
}

export function Pagination({
  page,
  size,
  totalItems,
  totalPages,
  onPageChange,
  onSizeChange,
  sizes = [10, 20, 50, 100],
  exact = true,
}: PaginationProps) {
  const { t, i18n } = useTranslation();
  const from = totalItems === 0 ? 0 : page * size + 1;
  const to = Math.min(totalItems, (page + 1) * size);
  return (
    <Group justify="space-between" wrap="wrap" gap="sm">
      <Stack gap={2}>
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('common.pagination.summary', {
            from,
            to,
            total: exact
              ? totalItems
              : t('common.pagination.inexactTotal', { total: formatNumber(totalItems, i18n.language) }),
          })}
        </Text>
        {!exact && (
          <Text size="xs" c="dimmed" data-testid="pagination-inexact-hint">
            {t('common.pagination.inexactHint')}
          </Text>
        )}
      </Stack>
      <Group gap="sm">
        {onSizeChange && (
          <NativeSelect
            size="xs"
            label={t('common.pagination.pageSize')}
            styles={{ root: { display: 'flex', alignItems: 'center', gap: 8 } }}
            value={String(size)}
            data={sizes.map((s) => String(s))}
            onChange={(e) => onSizeChange(Number(e.currentTarget.value))}
          />
        )}
        {totalPages > 1 && (
          <nav aria-label={t('common.pagination.label')}>
            <MantinePagination
              total={totalPages}
              value={page + 1}
              onChange={(p) => onPageChange(p - 1)}
              size="sm"
              getControlProps={(control) => ({
                'aria-label':
                  control === 'previous'
                    ? t('common.pagination.previous')
                    : control === 'next'
                      ? t('common.pagination.next')
                      : control === 'first'
                        ? t('common.pagination.first')
                        : t('common.pagination.last'),
              })}
              getItemProps={(p) => ({ 'aria-label': t('common.pagination.page', { page: p }) })}
            />
          </nav>
        )}
      </Group>
    </Group>
  );
}
