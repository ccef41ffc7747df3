import { Divider, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Employee } from '../../../contracts/people';
import { api } from '../../app/api-client';
import { notifySuccess, reportError } from '../../app/problems';
import { DialogActions } from '../../components/dialog-actions';
import { fieldErrorSink } from './form-errors';
import { useStoreEmployee } from './people-queries';
import {
  initialPersonValues,
  type NationalIdRule,
  PersonFields,
  type PersonValues,
  personBody,
  validatePerson,
} from './person-fields';
import { QualificationFields } from './qualification-fields';

type Props = { employee: Employee; rule: NationalIdRule | null; onClose: () => void };

/** Correct the personal data of a file: names, national ID, contacts, education, exams, languages. */
export function EmployeeEditDialog({ employee, rule, onClose }: Props) {
  const { t } = useTranslation('people');
  const { t: tc } = useTranslation();
  const store = useStoreEmployee();
  const initial = initialPersonValues(employee);
  const form = useForm<PersonValues>({
    initialValues: initial,
    validate: (v) => validatePerson(v, rule, t),
  });
  const save = useMutation({
    mutationFn: (v: PersonValues) => api.patch<Employee>(`/employees/${employee.id}`, personBody(v, initial)),
    onSuccess: async (saved) => {
      await store(saved);
      notifySuccess(t('edit.saved'));
      onClose();
    },
    onError: (error) => reportError(error, fieldErrorSink(form)),
  });

  return (
    <Modal opened onClose={onClose} title={t('edit.title')} centered size="xl">
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
        <Stack>
          <PersonFields form={form} rule={rule} autoFocus />
          <Divider />
          <QualificationFields form={form} />
          <DialogActions submitLabel={tc('actions.save')} onCancel={onClose} loading={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
