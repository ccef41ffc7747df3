import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CompetencyGroup, CompetencyKind } from '../../../contracts/competencies';

/** The order the framework is read in: the decree's competencies first, the municipality's own last. */
export const kindOrder: readonly CompetencyKind[] = [
  'behavioural',
  'general_functional',
  'core',
  'special_functional',
];

/** Executive jobs, heads of units, senior positions. */
export function GroupBadge({ group }: { group: CompetencyGroup }) {
  const { t } = useTranslation('competencies');
  return (
    <Badge variant="light" color="blue" tt="none" radius="sm">
      {t(`groups.${group}`)}
    </Badge>
  );
}
