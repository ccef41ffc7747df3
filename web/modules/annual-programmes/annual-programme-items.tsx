import { Button, Group, Table, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnualProgramme, AnnualProgrammeItem } from '../../../contracts/annual-programmes';
import { packLabel } from '../../../contracts/positions';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { ConfirmModal } from '../../components/confirm-modal';
import { EmptyNotice } from '../../components/query-states';
import { RowActions } from '../../components/row-actions';
import { AnnualProgrammeItemDialog } from './annual-programme-item-dialog';
import { useRefreshAnnualProgrammes } from './annual-programmes-queries';

type Props = { programme: AnnualProgramme; editable: boolean };

/** The planned trainings with their totals; a draft's items are added, edited and removed here. */
export function AnnualProgrammeItems({ programme, editable }: Props) {
  const { t } = useTranslation('annual-programmes');
  const format = useFormat();
  const refresh = useRefreshAnnualProgrammes();
  const [editing, setEditing] = useState<AnnualProgrammeItem | 'new' | null>(null);
  const [removing, setRemoving] = useState<AnnualProgrammeItem | null>(null);
  const remove = useMutation({
    mutationFn: (item: AnnualProgrammeItem) =>
      api.delete<AnnualProgramme>(`/annual-programmes/${programme.id}/items/${item.id}`),
    onSuccess: async () => {
      await refresh();
      notifySuccess(t('item.removed'));
      setRemoving(null);
    },
    onError: (error) => reportError(error),
  });
  const { items, totals } = programme;

  return (
    <>
      {editable ? (
        <Group>
          <Button variant="default" onClick={() => setEditing('new')}>
            {t('item.add')}
          </Button>
        </Group>
      ) : null}
      {items.length === 0 ? (
        <EmptyNotice title={t('item.empty')} description={editable ? t('item.emptyHint') : undefined} />
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped data-testid="programme-items">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('columns.title')}</Table.Th>
                <Table.Th>{t('columns.part')}</Table.Th>
                <Table.Th>{t('columns.mode')}</Table.Th>
                <Table.Th>{t('columns.targetGroup')}</Table.Th>
                <Table.Th ta="right">{t('columns.quarter')}</Table.Th>
                <Table.Th ta="right">{t('columns.plannedSessions')}</Table.Th>
                <Table.Th ta="right">{t('columns.plannedParticipants')}</Table.Th>
                <Table.Th ta="right">{t('columns.budget')}</Table.Th>
                <Table.Th>{t('columns.fundingSource')}</Table.Th>
                {editable ? <Table.Th>{t('columns.actions')}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>
                    <Text size="sm">{packLabel(i.title, format.locale)}</Text>
                    {i.programmeCode ? (
                      <Text size="xs" c="dimmed">
                        {i.programmeCode}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{t(`catalogue:parts.${i.part}`)}</Table.Td>
                  <Table.Td>{t(`catalogue:modes.${i.mode}`)}</Table.Td>
                  <Table.Td>{t(`catalogue:targetGroups.${i.targetGroup}`)}</Table.Td>
                  <Table.Td ta="right">{i.quarter}</Table.Td>
                  <Table.Td ta="right">{format.number(i.plannedSessions)}</Table.Td>
                  <Table.Td ta="right">{format.number(i.plannedParticipants)}</Table.Td>
                  <Table.Td ta="right">{format.number(i.budget)}</Table.Td>
                  <Table.Td>{i.fundingSource || '—'}</Table.Td>
                  {editable ? (
                    <Table.Td>
                      <RowActions
                        edit={{ label: t('item.edit'), onClick: () => setEditing(i) }}
                        removeLabel={t('item.remove')}
                        onRemove={() => setRemoving(i)}
                      />
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr fw={700}>
                <Table.Td colSpan={5}>{t('columns.total')}</Table.Td>
                <Table.Td ta="right">{format.number(totals.sessions)}</Table.Td>
                <Table.Td ta="right">{format.number(totals.participants)}</Table.Td>
                <Table.Td ta="right">{format.number(totals.budget)}</Table.Td>
                <Table.Td colSpan={editable ? 2 : 1} />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing ? (
        <AnnualProgrammeItemDialog
          programme={programme}
          item={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmModal
        opened={removing !== null}
        title={t('item.removeTitle')}
        message={removing ? packLabel(removing.title, format.locale) : ''}
        confirmLabel={t('item.remove')}
        danger
        loading={remove.isPending}
        onConfirm={() => removing && remove.mutate(removing)}
        onClose={() => setRemoving(null)}
      />
    </>
  );
}
