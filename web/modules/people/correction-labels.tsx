import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CorrectionRequest } from '../../../contracts/correction-requests';

const colors: Record<CorrectionRequest['status'], string> = {
  pending: 'orange',
  accepted: 'green',
  rejected: 'gray',
};

/** Pending, accepted or rejected. */
export function CorrectionStatusBadge({ status }: { status: CorrectionRequest['status'] }) {
  const { t } = useTranslation('people');
  return (
    <Badge variant="light" color={colors[status]} tt="none" radius="sm" data-testid="correction-status">
      {t(`corrections.status.${status}`)}
    </Badge>
  );
}
