import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AppraisalRules } from '../../../contracts/appraisal-rules';
import type { AppraisalSummary } from '../../../contracts/appraisals';
import { useFormat } from '../../app/format';
import type { usePagedList } from '../../app/queries';
import { PagedTable } from '../../components/paged-table';
import { today } from '../positions/positions-queries';
import { AppraisalStatusBadge, ExtraordinaryBadge, useAppraisalNames } from './appraisal-labels';
import { gradeLabel } from './appraisal-scale';
import { isOverdue, lockedStatuses, raterChangeableStatuses } from './appraisal-steps';

export type AppraisalColumn =
  | 'official'
  | 'year'
  | 'unit'
  | 'position'
  | 'rater'
  | 'status'
  | 'due'
  | 'grade';

type Props = {
  list: ReturnType<typeof usePagedList<AppraisalSummary>>;
  /** The first column links to the appraisal: the official, or the year in one's own list. */
  columns: readonly AppraisalColumn[];
  filtered: boolean;
  empty: { title: string; description: string };
  /** The rules that name the grades (numbers alone until they are known). */
  rules: AppraisalRules | undefined;
  unitName?: (id: string) => string;
  /** The HR officer's rater button under the rater's name (until the rating is given). */
  onAssignRater?: (appraisal: AppraisalSummary) => void;
};

/** Appraisals of one list (a year, those one rates, one's own), with the columns that list needs. */
export function AppraisalsTable({ list, columns, filtered, empty, rules, unitName, onAssignRater }: Props) {
  const { t } = useTranslation('appraisals');
  const format = useFormat();
  const names = useAppraisalNames();
  const now = today();

  const link = (a: AppraisalSummary, text: ReactNode, label?: string) => (
    <Group gap={6}>
      <Anchor component={Link} to={`/appraisals/${a.id}`} fw={500} aria-label={label}>
        {text}
      </Anchor>
      {a.kind === 'extraordinary' ? <ExtraordinaryBadge /> : null}
    </Group>
  );
  const rater = (a: AppraisalSummary) => {
    const name = a.raterName ?? (
      <Text size="sm" c="red.9" fw={600}>
        {t('table.noRater')}
      </Text>
    );
    if (!onAssignRater || !raterChangeableStatuses.has(a.status)) return name;
    const official = { name: names.official(a) };
    return (
      <Stack gap={4} align="flex-start">
        {name}
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => onAssignRater(a)}
          aria-label={a.raterUserId ? t('rater.changeFor', official) : t('rater.assignFor', official)}
        >
          {a.raterUserId ? t('rater.change') : t('rater.assign')}
        </Button>
      </Stack>
    );
  };

  const cell = (column: AppraisalColumn, a: AppraisalSummary, first: boolean): ReactNode => {
    switch (column) {
      case 'official':
        return first ? link(a, names.official(a)) : names.official(a);
      case 'year':
        return first ? link(a, a.year, t('table.openYear', { year: a.year })) : a.year;
      case 'unit':
        return a.orgUnitId && unitName ? unitName(a.orgUnitId) : '—';
      case 'position':
        return names.position(a);
      case 'rater':
        return rater(a);
      case 'status':
        return <AppraisalStatusBadge status={a.status} />;
      case 'due':
        return isOverdue(a, now) ? (
          <Text size="sm" c="red.9" fw={600}>
            {t('table.overdueOn', { date: format.date(a.dueOn) })}
          </Text>
        ) : lockedStatuses.has(a.status) ? (
          '—'
        ) : (
          format.date(a.dueOn)
        );
      case 'grade':
        return a.grade === null ? '—' : gradeLabel(rules, a.grade, format.locale);
    }
  };

  return (
    <PagedTable
      list={list}
      filtered={filtered}
      empty={empty}
      minWidth={120 * columns.length}
      head={columns.map((c) => (
        <Table.Th key={c} scope="col">
          {t(`table.${c}`)}
        </Table.Th>
      ))}
    >
      {(a) => (
        <Table.Tr key={a.id} data-testid="appraisal-row">
          {columns.map((c, i) => (
            <Table.Td key={c}>{cell(c, a, i === 0)}</Table.Td>
          ))}
        </Table.Tr>
      )}
    </PagedTable>
  );
}
