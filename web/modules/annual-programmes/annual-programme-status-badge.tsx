import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnnualProgramme } from '../../../contracts/annual-programmes';

const colours: Record<AnnualProgramme['status'], string> = {
  draft: 'gray',
  opinion: 'blue',
  adopted: 'green',
};

export function AnnualProgrammeStatusBadge({ status }: { status: AnnualProgramme['status'] }) {
  const { t } = useTranslation('annual-programmes');
  return (
    <Badge variant="light" color={colours[status]} tt="none" radius="sm">
      {t(`status.${status}`)}
    </Badge>
  );
}
