import { Badge } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppraisalStatus, AppraisalSummary } from '../../../contracts/appraisals';
import { useFormat } from '../../app/format';

export const statusColors: Record<AppraisalStatus, string> = {
  draft: 'gray',
  goals_proposed: 'blue',
  active: 'cyan',
  rated: 'violet',
  acknowledged: 'indigo',
  finalised: 'green',
  appealed: 'red',
  closed: 'teal',
};

export function AppraisalStatusBadge({ status }: { status: AppraisalStatus }) {
  const { t } = useTranslation('appraisals');
  return (
    <Badge variant="light" color={statusColors[status]} tt="none" radius="sm" data-testid="appraisal-status">
      {t(`status.${status}`)}
    </Badge>
  );
}

/** Only the exceptional kind is marked: an extraordinary appraisal follows a failing grade. */
export function ExtraordinaryBadge() {
  const { t } = useTranslation('appraisals');
  return (
    <Badge variant="light" color="orange" tt="none" radius="sm" data-testid="appraisal-extraordinary">
      {t('kind.extraordinary')}
    </Badge>
  );
}

/** The official's and the job's names as the reader reads them (Latin forms for Latin-script readers). */
export function useAppraisalNames() {
  const format = useFormat();
  return useMemo(
    () => ({
      official: (a: Pick<AppraisalSummary, 'employeeName' | 'employeeNameLatin'>) =>
        format.name({ name: a.employeeName, nameLatin: a.employeeNameLatin }),
      position: (a: Pick<AppraisalSummary, 'positionName' | 'positionNameLatin'>) =>
        a.positionName ? format.name({ name: a.positionName, nameLatin: a.positionNameLatin ?? '' }) : '—',
    }),
    [format],
  );
}
