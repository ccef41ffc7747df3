import { Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type Employee, employmentKinds } from '../../../contracts/people';
import { api } from '../../app/api-client';
import { notifySuccess, reportError } from '../../app/problems';
import { DialogActions } from '../../components/dialog-actions';
import {
  EmploymentFields,
  type EmploymentValues,
  employmentBody,
  initialEmploymentValues,
  validateEmployment,
} from './employment-fields';
import { fieldErrorSink } from './form-errors';
import { useStoreEmployee } from './people-queries';

type Props = { employee: Employee; onClose: () => void };

/**
 * A new employment record: a hire for a file without one, otherwise a promotion, transfer,
 * reassignment or other change. The running record ends the day before the new one starts.
 */
export function EmploymentDialog({ employee, onClose }: Props) {
  const { t } = useTranslation('people');
  const store = useStoreEmployee();
  const current = employee.employments[0];
  const kinds = current ? employmentKinds.filter((k) => k !== 'hire') : (['hire'] as const);
  const form = useForm<EmploymentValues>({
    initialValues: {
      ...initialEmploymentValues(kinds[0] ?? 'hire'),
      ...(current ? { contractType: current.contractType, workingTime: current.workingTime } : {}),
    },
    validate: (v) => validateEmployment(v, t),
  });
  const save = useMutation({
    mutationFn: (v: EmploymentValues) =>
      api.post<Employee>(`/employees/${employee.id}/employments`, employmentBody(v)),
    onSuccess: async (saved) => {
      await store(saved);
      notifySuccess(t('employment.saved'));
      onClose();
    },
    onError: (error) => reportError(error, fieldErrorSink(form)),
  });

  return (
    <Modal opened onClose={onClose} title={t('employment.title')} centered size="xl">
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
        <Stack>
          {current ? (
            <Text size="sm" c="dimmed">
              {t('employment.closesCurrent')}
            </Text>
          ) : null}
          <EmploymentFields
            organisationId={employee.organisationId}
            values={form.values}
            field={(name) => form.getInputProps(name)}
            kinds={kinds}
          />
          <DialogActions submitLabel={t('employment.submit')} onCancel={onClose} loading={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
