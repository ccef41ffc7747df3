import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HrPlanStatus } from '../../../contracts/hr-plans';

/** Draft or adopted. */
export function HrPlanStatusBadge({ status }: { status: HrPlanStatus }) {
  const { t } = useTranslation('hr-plans');
  return (
    <Badge variant="light" color={status === 'adopted' ? 'green' : 'blue'} tt="none" radius="sm">
      {t(`status.${status}`)}
    </Badge>
  );
}
