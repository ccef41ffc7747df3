import { Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AppraisalCycle, type AppraisalSummary, appraisalStatuses } from '../../../contracts/appraisals';
import { useOrgUnits, usePagedList } from '../../app/queries';
import { useUrlParam, useUrlSearch } from '../../app/url-state';
import { FilterSelect } from '../../components/filter-select';
import { SearchInput } from '../../components/search-input';
import { useUnitNames, useUnitOptions } from '../positions/unit-options';
import { appraisalsKey } from './appraisals-queries';
import { AppraisalsTable } from './appraisals-table';
import { RaterDialog } from './rater-dialog';

const columns = ['official', 'unit', 'position', 'rater', 'status', 'due', 'grade'] as const;

/** The appraisals of one year, filtered by status, unit and name, with the HR officer's rater assignment. */
export function CycleAppraisals({ cycle }: { cycle: AppraisalCycle }) {
  const { t } = useTranslation('appraisals');
  const search = useUrlSearch();
  const [status, setStatus] = useUrlParam('status');
  const [orgUnitId, setOrgUnitId] = useUrlParam('orgUnitId');
  const units = useOrgUnits(cycle.organisationId).data?.items ?? [];
  const unitOptions = useUnitOptions(units);
  const unitName = useUnitNames(units);
  const [assigning, setAssigning] = useState<AppraisalSummary | null>(null);
  const list = usePagedList<AppraisalSummary>(appraisalsKey, '/appraisals', {
    cycleId: cycle.id,
    status,
    orgUnitId,
    q: search.query,
    limit: 50,
  });

  return (
    <Stack gap="sm" component="section" aria-labelledby="cycle-appraisals-title">
      <Title order={2} size="h3" id="cycle-appraisals-title">
        {t('list.cycleAppraisals', { year: cycle.year })}
      </Title>
      <Group align="flex-end" gap="sm" role="search" aria-label={t('list.filters')}>
        <SearchInput search={search} description={t('list.searchHint')} />
        <FilterSelect
          label={t('table.status')}
          value={status || null}
          onChange={setStatus}
          options={appraisalStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
        {units.length > 0 ? (
          <FilterSelect
            label={t('table.unit')}
            value={orgUnitId || null}
            onChange={setOrgUnitId}
            options={unitOptions}
          />
        ) : null}
      </Group>
      <AppraisalsTable
        list={list}
        columns={columns}
        filtered={Boolean(search.query || status || orgUnitId)}
        empty={{ title: t('list.cycleEmpty'), description: t('list.cycleEmptyHint') }}
        rules={cycle.rules}
        unitName={unitName}
        onAssignRater={setAssigning}
      />
      {assigning ? <RaterDialog appraisal={assigning} onClose={() => setAssigning(null)} /> : null}
    </Stack>
  );
}
