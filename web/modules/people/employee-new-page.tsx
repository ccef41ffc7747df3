import { Button, Card, Checkbox, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Employee, EmployeeCreate } from '../../../contracts/people';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { OrganisationSelect } from '../../components/organisation-select';
import { Page } from '../../components/page';
import { usePeoplePack } from '../positions/positions-queries';
import {
  EmploymentFields,
  type EmploymentValues,
  employmentBody,
  initialEmploymentValues,
  validateEmployment,
} from './employment-fields';
import { fieldErrorSink } from './form-errors';
import { usePersonNames } from './people-labels';
import { usePeopleOrganisation, useStoreEmployee } from './people-queries';
import {
  initialPersonValues,
  PersonFields,
  type PersonValues,
  personBody,
  validatePerson,
} from './person-fields';
import { QualificationFields } from './qualification-fields';

type JobValues = EmploymentValues & { withEmployment: boolean };

/** Open a personnel file: names, national ID, contacts, qualifications and, optionally, the hire. */
export function EmployeeNewPage() {
  const { t } = useTranslation('people');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const names = usePersonNames();
  const navigate = useNavigate();
  const store = useStoreEmployee();
  const scope = usePeopleOrganisation();
  const organisation = scope.organisation.data;
  const pack = usePeoplePack(organisation?.countryCode);
  const rule = pack?.nationalId ?? null;
  const person = useForm<PersonValues>({
    initialValues: initialPersonValues(null),
    validate: (v) => validatePerson(v, rule, t),
  });
  const job = useForm<JobValues>({
    initialValues: { ...initialEmploymentValues('hire'), withEmployment: true },
    validate: (v) => (v.withEmployment ? validateEmployment(v, t) : {}),
  });
  const create = useMutation({
    mutationFn: (body: EmployeeCreate) => api.post<Employee>('/employees', body),
    onSuccess: async (created) => {
      await store(created);
      notifySuccess(t('create.created', { name: names.full(created) }));
      navigate(`/employees/${created.id}`);
    },
    onError: (error) => reportError(error, fieldErrorSink(person, job)),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checks = [person.validate(), job.validate()];
    if (!organisation || checks.some((c) => c.hasErrors)) return;
    const [personValues, jobValues] = [person.getValues(), job.getValues()];
    create.mutate({
      ...personBody(personValues, null),
      nationalId: personValues.nationalId.trim(),
      organisationId: organisation.id,
      ...(jobValues.withEmployment ? { employment: employmentBody(jobValues) } : {}),
    });
  };

  return (
    <Page title={t('create.title')} back={{ to: '/employees', label: t('list.title') }}>
      <Card withBorder padding="lg" maw={960}>
        <form onSubmit={submit} noValidate>
          <Stack>
            {scope.picks ? (
              <OrganisationSelect
                label={t('fields.organisation')}
                required
                value={scope.organisationId}
                onChange={(id) => scope.setOrganisationId(id)}
                maw={420}
              />
            ) : organisation ? (
              <Text size="sm" c="dimmed">
                {t('create.inOrganisation', { organisation: format.name(organisation) })}
              </Text>
            ) : null}
            <PersonFields form={person} rule={rule} autoFocus />
            <Divider />
            <QualificationFields form={person} />
            <Divider />
            <Title order={2} size="h4">
              {t('sections.firstEmployment')}
            </Title>
            <Checkbox
              label={t('create.withEmployment')}
              description={t('create.withEmploymentHint')}
              {...job.getInputProps('withEmployment', { type: 'checkbox' })}
            />
            {job.values.withEmployment && organisation ? (
              <EmploymentFields
                organisationId={organisation.id}
                values={job.values}
                field={(name) => job.getInputProps(name)}
                kinds={['hire']}
              />
            ) : null}
            <Group>
              <Button type="submit" loading={create.isPending} disabled={!organisation}>
                {t('create.submit')}
              </Button>
              <Button variant="default" onClick={() => navigate('/employees')}>
                {tc('actions.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </Page>
  );
}
