import { useTranslation } from 'react-i18next';
import type { AppraisalSummary } from '../../../contracts/appraisals';
import { useOrgUnits, usePagedList } from '../../app/queries';
import { useAppraisalRules } from '../competencies/competencies-queries';
import { useUnitNames } from '../positions/unit-options';
import { appraisalsKey } from './appraisals-queries';
import { type AppraisalColumn, AppraisalsTable } from './appraisals-table';

type Role = 'rater' | 'official';

const columnsOf: Record<Role, readonly AppraisalColumn[]> = {
  rater: ['official', 'year', 'unit', 'position', 'status', 'due', 'grade'],
  official: ['year', 'position', 'rater', 'status', 'due', 'grade'],
};

type Props = { list: Role; organisationId: string; countryCode: string | undefined };

/** "Appraisals I rate" (a manager's) or "My appraisals" (everyone's own), across the years. */
export function RoleAppraisals({ list: role, organisationId, countryCode }: Props) {
  const { t } = useTranslation('appraisals');
  const list = usePagedList<AppraisalSummary>(appraisalsKey, '/appraisals', { role, limit: 50 });
  // Grades are named by the country's rules as they stand: a rater or an official does not read the cycles.
  const rules = useAppraisalRules(countryCode).data;
  const units = useOrgUnits(organisationId, role === 'rater').data?.items ?? [];
  const unitName = useUnitNames(units);
  return (
    <AppraisalsTable
      list={list}
      columns={columnsOf[role]}
      filtered={false}
      empty={{ title: t(`list.${role}Empty`), description: t(`list.${role}EmptyHint`) }}
      rules={rules}
      unitName={unitName}
    />
  );
}
