import { Checkbox, Modal, NumberInput, Select, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Page as ApiPage } from '../../../contracts/common';
import type { DevelopmentPlan } from '../../../contracts/development-plans';
import type { EmployeeListItem } from '../../../contracts/people';
import { api } from '../../app/api-client';
import { useLocale } from '../../app/format';
import { usesLatinNames } from '../../app/locale';
import { notifySuccess } from '../../app/problems';
import { DialogActions } from '../../components/dialog-actions';
import { usePlanChange } from './plans-queries';

type Values = { employeeId: string | null; year: number; fromNeeds: boolean };

/** HR or the line manager starts a person's plan for a year, drafted from the needs their appraisal recorded. */
export function CreatePlanDialog({
  organisationId,
  opened,
  onClose,
}: {
  organisationId: string | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('development-plans');
  const locale = useLocale();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const people = useQuery({
    queryKey: ['employees', 'plan-pick', organisationId, q],
    queryFn: () =>
      api.get<ApiPage<EmployeeListItem>>('/employees', {
        organisationId: organisationId ?? undefined,
        q: q || undefined,
        status: 'active',
        limit: 50,
      }),
    enabled: opened,
  });
  const latin = usesLatinNames(locale);
  const options = (people.data?.items ?? []).map((e) => ({
    value: e.id,
    label: latin ? `${e.givenNameLatin} ${e.familyNameLatin}` : `${e.givenName} ${e.familyName}`,
  }));
  const form = useForm<Values>({
    initialValues: { employeeId: null, year: new Date().getFullYear(), fromNeeds: true },
    validate: { employeeId: (v) => (v ? null : t('create.employeeRequired')) },
  });
  const create = usePlanChange(
    (v: Values) => api.post<DevelopmentPlan>('/development-plans', v),
    () => undefined,
  );
  return (
    <Modal opened={opened} onClose={onClose} title={t('create.title')}>
      <form
        onSubmit={form.onSubmit((v) =>
          create.mutate(v, {
            onSuccess: (plan) => {
              notifySuccess(t('create.done'));
              onClose();
              void navigate(`/development-plans/${(plan as DevelopmentPlan).id}`);
            },
          }),
        )}
      >
        <Stack gap="sm">
          <Select
            label={t('fields.employee')}
            data={options}
            searchable
            searchValue={q}
            onSearchChange={setQ}
            filter={({ options: all }) => all}
            nothingFoundMessage={t('create.nobody')}
            required
            {...form.getInputProps('employeeId')}
            data-testid="plan-employee"
          />
          <NumberInput label={t('fields.year')} min={2000} max={2100} {...form.getInputProps('year')} />
          <Checkbox
            label={t('create.fromNeeds')}
            {...form.getInputProps('fromNeeds', { type: 'checkbox' })}
          />
          <DialogActions
            submitLabel={t('create.submit')}
            loading={create.isPending}
            onCancel={onClose}
            testId="plan-create"
          />
        </Stack>
      </form>
    </Modal>
  );
}
