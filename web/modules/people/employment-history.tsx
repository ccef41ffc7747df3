import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Employee, Employment } from '../../../contracts/people';
import { useFormat } from '../../app/format';
import { DetailList } from '../../components/detail-list';
import type { usePackLabels } from '../positions/positions-labels';
import { RecordTable } from './file-section';

type Props = {
  employee: Employee;
  labels: ReturnType<typeof usePackLabels>;
  unitName: (id: string) => string;
  /** The reader may add records: the empty texts then say how. */
  canManage: boolean;
};

function useEmploymentText() {
  const { t } = useTranslation('people');
  const format = useFormat();
  return {
    position: (e: Employment) => format.name({ name: e.positionName, nameLatin: e.positionNameLatin }),
    period: (e: Employment) =>
      e.endsOn
        ? t('history.period', { from: format.date(e.startsOn), to: format.date(e.endsOn) })
        : t('history.since', { from: format.date(e.startsOn) }),
    act: (e: Employment) =>
      e.actNumber || e.actDate
        ? t('history.act', { number: e.actNumber ?? '—', date: format.date(e.actDate) })
        : '—',
    workingTime: (e: Employment) => `${format.number(e.workingTime)} %`,
  };
}

/** The running record of an active person: where, as what, on which contract, since when. */
export function CurrentEmployment({ employee, labels, unitName, canManage }: Props) {
  const { t } = useTranslation('people');
  const text = useEmploymentText();
  const current = employee.status === 'active' ? employee.employments[0] : undefined;
  if (!current)
    return (
      <Text size="sm" c="dimmed">
        {employee.status === 'left'
          ? t('file.noCurrentLeft')
          : canManage
            ? t('file.noEmploymentManage')
            : t('file.noEmployment')}
      </Text>
    );
  return (
    <DetailList
      items={[
        { label: t('fields.position'), value: text.position(current) },
        { label: t('fields.unit'), value: unitName(current.orgUnitId) },
        { label: t('fields.category'), value: labels.category(current.category) },
        { label: t('fields.title'), value: labels.title(current.titleCode) },
        { label: t('fields.contractType'), value: t(`contracts.${current.contractType}`) },
        { label: t('fields.workingTime'), value: text.workingTime(current) },
        { label: t('fields.period'), value: text.period(current) },
        { label: t('fields.act'), value: text.act(current) },
      ]}
    />
  );
}

/** Every record, newest first: what changed, to which position, on what terms, by which decision. */
export function EmploymentHistory({ employee, labels, unitName, canManage }: Props) {
  const { t } = useTranslation('people');
  const text = useEmploymentText();
  return (
    <RecordTable
      minWidth={980}
      empty={canManage ? t('file.noEmploymentManage') : t('file.noEmployment')}
      head={[
        t('fields.kind'),
        t('fields.position'),
        t('fields.unit'),
        t('fields.title'),
        t('fields.contractType'),
        t('fields.workingTime'),
        t('fields.period'),
        t('fields.act'),
      ]}
      rows={employee.employments.map((e) => ({
        key: e.id,
        cells: [
          <Badge key="kind" variant="light" tt="none" radius="sm" color="blue">
            {t(`kinds.${e.kind}`)}
          </Badge>,
          text.position(e),
          unitName(e.orgUnitId),
          labels.title(e.titleCode),
          t(`contracts.${e.contractType}`),
          text.workingTime(e),
          text.period(e),
          text.act(e),
        ],
      }))}
    />
  );
}
