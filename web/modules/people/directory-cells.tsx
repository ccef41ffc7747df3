import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployeeListItem } from '../../../contracts/people';
import { useFormat } from '../../app/format';
import type { usePackLabels } from '../positions/positions-labels';
import type { DirectoryColumn } from './directory-columns';
import { EmployeeStatusBadge } from './people-labels';

type Column = { label: string; cell: (e: EmployeeListItem) => ReactNode };

/** The heading and the cell of each optional directory column. */
export function useDirectoryCells(
  labels: ReturnType<typeof usePackLabels>,
  unitName: (id: string) => string,
): Record<DirectoryColumn, Column> {
  const { t } = useTranslation('people');
  const format = useFormat();
  return {
    position: {
      label: t('fields.position'),
      cell: (e) =>
        e.positionName ? (
          format.name({ name: e.positionName, nameLatin: e.positionNameLatin ?? '' })
        ) : (
          <Text size="sm" c="dimmed">
            {t('list.noPosition')}
          </Text>
        ),
    },
    unit: { label: t('fields.unit'), cell: (e) => (e.orgUnitId ? unitName(e.orgUnitId) : '—') },
    title: { label: t('fields.title'), cell: (e) => (e.titleCode ? labels.title(e.titleCode) : '—') },
    category: { label: t('fields.category'), cell: (e) => (e.category ? labels.category(e.category) : '—') },
    contractType: {
      label: t('fields.contractType'),
      cell: (e) => (e.contractType ? t(`contracts.${e.contractType}`) : '—'),
    },
    hiredOn: { label: t('fields.hiredOn'), cell: (e) => format.date(e.hiredOn) },
    email: { label: t('fields.email'), cell: (e) => e.email ?? '—' },
    status: { label: t('fields.status'), cell: (e) => <EmployeeStatusBadge status={e.status} /> },
  };
}
