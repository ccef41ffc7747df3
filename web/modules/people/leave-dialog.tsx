import { Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Employee, type EmployeeLeave, leaveReasons } from '../../../contracts/people';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { ConfirmModal } from '../../components/confirm-modal';
import { DateField } from '../../components/date-field';
import { DialogActions } from '../../components/dialog-actions';
import { today } from '../positions/positions-queries';
import { fieldErrorSink } from './form-errors';
import { usePersonNames } from './people-labels';
import { useStoreEmployee } from './people-queries';

type Values = { leftOn: string; reason: EmployeeLeave['reason'] | '' };

/** Record that a person left: the last working day and why; confirmed before it is saved. */
export function LeaveDialog({ employee, onClose }: { employee: Employee; onClose: () => void }) {
  const { t } = useTranslation('people');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const names = usePersonNames();
  const store = useStoreEmployee();
  const [confirming, setConfirming] = useState<EmployeeLeave | null>(null);
  const form = useForm<Values>({
    initialValues: { leftOn: today(), reason: '' },
    validate: {
      leftOn: (v) =>
        !v
          ? t('validation.leftOnRequired')
          : employee.hiredOn && v < employee.hiredOn
            ? t('validation.leftBeforeHire')
            : null,
      reason: (v) => (v ? null : t('validation.reasonRequired')),
    },
  });
  const leave = useMutation({
    mutationFn: (body: EmployeeLeave) => api.post<Employee>(`/employees/${employee.id}/leave`, body),
    onSuccess: async (saved) => {
      await store(saved);
      notifySuccess(t('leave.saved'));
      onClose();
    },
    onError: (error) => {
      setConfirming(null);
      reportError(error, fieldErrorSink(form));
    },
  });

  return (
    <>
      <Modal opened={!confirming} onClose={onClose} title={t('leave.title')} centered>
        <form
          onSubmit={form.onSubmit((v) => setConfirming({ leftOn: v.leftOn, reason: v.reason || 'other' }))}
          noValidate
        >
          <Stack>
            <Text size="sm">{t('leave.intro')}</Text>
            <DateField
              label={t('fields.leftOn')}
              description={t('leave.leftOnHint')}
              required
              {...form.getInputProps('leftOn')}
            />
            <NativeSelect
              label={t('fields.leaveReason')}
              required
              data={[
                { value: '', label: tc('filters.choose') },
                ...leaveReasons.map((r) => ({ value: r, label: t(`leaveReasons.${r}`) })),
              ]}
              {...form.getInputProps('reason')}
            />
            <DialogActions submitLabel={t('leave.continue')} onCancel={onClose} color="red.8" />
          </Stack>
        </form>
      </Modal>
      <ConfirmModal
        opened={Boolean(confirming)}
        title={t('leave.confirmTitle', { name: names.full(employee) })}
        message={
          confirming
            ? t('leave.confirmMessage', {
                name: names.full(employee),
                date: format.date(confirming.leftOn),
                reason: t(`leaveReasons.${confirming.reason}`),
              })
            : ''
        }
        confirmLabel={t('leave.confirm')}
        danger
        loading={leave.isPending}
        onConfirm={() => confirming && leave.mutate(confirming)}
        onClose={() => setConfirming(null)}
      />
    </>
  );
}
