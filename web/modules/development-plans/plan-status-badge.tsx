import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DevelopmentPlan } from '../../../contracts/development-plans';

export function PlanStatusBadge({ status }: { status: DevelopmentPlan['status'] }) {
  const { t } = useTranslation('development-plans');
  return (
    <Badge variant="light" color={status === 'agreed' ? 'teal' : 'gray'}>
      {t(`status.${status}`)}
    </Badge>
  );
}
