import { Button, Group, NumberInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppraisalCycle } from '../../../contracts/appraisals';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { useRefreshAppraisals } from './appraisals-queries';

type Props = { organisationId: string; onOpened: (cycle: AppraisalCycle) => void };

/** Opens a year: the server creates an appraisal for every official eligible under the country's rules. */
export function OpenCycleForm({ organisationId, onOpened }: Props) {
  const { t } = useTranslation('appraisals');
  const format = useFormat();
  const refresh = useRefreshAppraisals();
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const open = useMutation({
    mutationFn: () => api.post<AppraisalCycle>('/appraisal-cycles', { organisationId, year }),
    onSuccess: async (cycle) => {
      await refresh();
      notifySuccess(t('open.done', { year: cycle.year, number: format.number(cycle.progress.total) }));
      onOpened(cycle);
    },
    // A year already opened answers 409 with a translated explanation.
    onError: (error) => reportError(error),
  });
  return (
    <Group gap="sm" align="flex-end">
      <NumberInput
        label={t('open.year')}
        value={year}
        onChange={(v) => typeof v === 'number' && setYear(v)}
        min={2000}
        max={2100}
        allowDecimal={false}
        w={110}
        data-testid="appraisal-open-year-input"
      />
      <Button onClick={() => open.mutate()} loading={open.isPending} data-testid="appraisal-open-year">
        {t('open.submit', { year })}
      </Button>
    </Group>
  );
}
