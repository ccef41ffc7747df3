import { Button, Group, Modal, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Position } from '../../../contracts/positions';
import { useFormat } from '../../app/format';
import { DetailList } from '../../components/detail-list';
import { RequiredCompetenciesList } from '../competencies/required-competencies';
import type { usePackLabels } from './positions-labels';

type Props = {
  position: Position;
  unitName: string;
  labels: ReturnType<typeof usePackLabels>;
  /** Offered on a draft the reader may edit. */
  onEdit?: () => void;
  onClose: () => void;
};

/** Everything the act says about one job position (readable in every version, also superseded ones). */
export function PositionDetailsModal({ position: p, unitName, labels, onEdit, onClose }: Props) {
  const { t } = useTranslation('positions');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const shown = format.name(p);
  const other = shown === p.name ? p.nameLatin : p.name;
  return (
    <Modal opened onClose={onClose} title={shown} centered size="lg">
      <Stack>
        <DetailList
          items={[
            { label: t('fields.code'), value: p.code ?? '—' },
            {
              label: other === p.nameLatin ? t('fields.nameLatin') : t('fields.nameOfficial'),
              value: other !== shown ? other : '—',
            },
            { label: t('fields.unit'), value: unitName },
            { label: t('fields.category'), value: labels.category(p.category) },
            { label: t('fields.title'), value: labels.title(p.titleCode) },
            {
              label: t('fields.requiredEducation'),
              value: p.requiredEducation ? t(`education.${p.requiredEducation}`) : '—',
            },
            { label: t('fields.executors'), value: format.number(p.executors) },
            { label: t('fields.occupied'), value: format.number(p.occupied) },
          ]}
        />
        <DetailList
          items={[
            {
              label: t('fields.description'),
              value: <span className="pre-wrap">{p.description ?? '—'}</span>,
            },
          ]}
        />
        <Stack gap={4}>
          <Title order={3} size="h5">
            {t('competencies:required.title')}
          </Title>
          <RequiredCompetenciesList organisationId={p.organisationId} value={p.requiredCompetencies} />
        </Stack>
        <Group justify="flex-end">
          {onEdit ? (
            <Button variant="default" onClick={onEdit}>
              {tc('actions.edit')}
            </Button>
          ) : null}
          <Button onClick={onClose}>{tc('actions.close')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
