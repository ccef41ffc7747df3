import { Alert, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Systematisation } from '../../../contracts/positions';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { DateField } from '../../components/date-field';
import { DialogActions } from '../../components/dialog-actions';
import { today, useRefreshPositions } from './positions-queries';

type Props = {
  draft: Systematisation;
  /** The act in force now, which the adoption supersedes. */
  current: Systematisation | null;
  onClose: () => void;
};

type Values = { actDate: string; validFrom: string };

/** Adopt a draft: the dates of the act, and what happens to the act in force and its people. */
export function AdoptDialog({ draft, current, onClose }: Props) {
  const { t } = useTranslation('positions');
  const format = useFormat();
  const refresh = useRefreshPositions();
  const form = useForm<Values>({
    initialValues: {
      actDate: draft.actDate ?? today(),
      validFrom: draft.validFrom ?? draft.actDate ?? today(),
    },
    validate: {
      actDate: (v) => (v ? null : t('validation.actDateRequired')),
      validFrom: (v, values) =>
        !v
          ? t('validation.validFromRequired')
          : values.actDate && v < values.actDate
            ? t('validation.validFromBeforeActDate')
            : null,
    },
  });
  const adopt = useMutation({
    mutationFn: (v: Values) => api.post<Systematisation>(`/systematisations/${draft.id}/adopt`, v),
    onSuccess: async () => {
      await refresh();
      notifySuccess(t('adopt.done', { number: draft.number }));
      onClose();
    },
    onError: (error) => reportError(error, form),
  });

  return (
    <Modal opened onClose={onClose} title={t('adopt.title', { number: draft.number })} centered size="lg">
      <form onSubmit={form.onSubmit((v) => adopt.mutate(v))} noValidate>
        <Stack>
          <Text size="sm">
            {t('adopt.summary', {
              positions: format.number(draft.positions),
              executors: format.number(draft.executors),
            })}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField label={t('fields.actDate')} required {...form.getInputProps('actDate')} />
            <DateField label={t('fields.validFrom')} required {...form.getInputProps('validFrom')} />
          </SimpleGrid>
          <Alert color="yellow" variant="light" title={t('adopt.consequences')}>
            <Stack gap={4}>
              <Text size="sm">
                {current ? t('adopt.supersedes', { number: current.number }) : t('adopt.firstAct')}
              </Text>
              {current ? <Text size="sm">{t('adopt.movesPeople')}</Text> : null}
              <Text size="sm">{t('adopt.locked')}</Text>
            </Stack>
          </Alert>
          <DialogActions submitLabel={t('adopt.confirm')} onCancel={onClose} loading={adopt.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
