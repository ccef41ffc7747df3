import {
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NativeSelect,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../contracts/common';
import type { User } from '../../../contracts/identity';
import { type Trainer, trainerKinds } from '../../../contracts/learning-trainers';
import { packLabel } from '../../../contracts/positions';
import { api } from '../../app/api-client';
import { useLocale } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { DateField } from '../../components/date-field';
import { DialogActions } from '../../components/dialog-actions';
import { fieldErrorSink } from '../people/form-errors';
import { useTopicAreas } from './catalogue-queries';
import type { Owner } from './programme-owners';
import { type TrainerValues, trainerBody, trainerValues, validateTrainer } from './trainer-form';

type Props = {
  /** Editing this entry; absent for a new one. */
  trainer?: Trainer;
  /** The registers the reader keeps (national bodies); an entry being edited stays in its own. */
  owners: Owner[];
  /** The country of the register (the edited entry's body); a new entry takes its body's. */
  countryCode?: string;
  onSaved: (trainer: Trainer) => void | Promise<void>;
  onClose: () => void;
};

/** A new entry of the trainers' register or a change to one: profile, accreditation, sign-in account. */
export function TrainerDialog({ trainer, owners, countryCode: given, onSaved, onClose }: Props) {
  const { t } = useTranslation('catalogue');
  const { t: tc } = useTranslation();
  const locale = useLocale();
  const firstOwner = owners[0];
  const form = useForm<TrainerValues>({
    initialValues: trainerValues(trainer, firstOwner?.id ?? '', given ?? firstOwner?.countryCode ?? ''),
    validate: (v) => validateTrainer(v, t),
  });
  const { organisationId } = form.values;
  const countryCode = given ?? owners.find((o) => o.id === organisationId)?.countryCode ?? '';
  const areas = useTopicAreas().byCountry.get(countryCode) ?? [];
  // Accounts of the body that hold the trainer role: the one this trainer signs in with to take attendance.
  const accounts = useQuery({
    queryKey: ['users', 'trainer-accounts', organisationId],
    queryFn: () => api.get<Page<User>>('/users', { organisationId, role: 'trainer', limit: 200 }),
    enabled: Boolean(organisationId),
  });

  const save = useMutation({
    mutationFn: (v: TrainerValues) => {
      const body = trainerBody(v, countryCode);
      return trainer
        ? api.patch<Trainer>(`/trainers/${trainer.id}`, body)
        : api.post<Trainer>('/trainers', { ...body, organisationId: v.organisationId });
    },
    onSuccess: async (saved) => {
      notifySuccess(trainer ? t('trainerDialog.saved') : t('trainerDialog.created'));
      await onSaved(saved);
    },
    onError: (error) => reportError(error, fieldErrorSink(form)),
  });

  const textArea = (field: 'expertise' | 'teachingExperience' | 'publications') => (
    <Textarea
      label={t(`fields.${field}`)}
      autosize
      minRows={2}
      maxRows={8}
      maxLength={4000}
      {...form.getInputProps(field)}
    />
  );

  return (
    <Modal
      opened
      onClose={onClose}
      title={trainer ? t('trainerDialog.editTitle') : t('trainerDialog.createTitle')}
      centered
      size="xl"
    >
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate data-testid="trainer-form">
        <Stack>
          {!trainer && owners.length > 1 ? (
            <NativeSelect
              label={t('fields.body')}
              data={owners.map((o) => ({ value: o.id, label: o.name }))}
              {...form.getInputProps('organisationId')}
              onChange={(e) => {
                form.setFieldValue('organisationId', e.currentTarget.value);
                form.setFieldValue('userId', null);
                form.setFieldValue('topicAreas', []);
              }}
            />
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('fields.name')}
              required
              maxLength={200}
              data-autofocus
              data-testid="trainer-name"
              {...form.getInputProps('name')}
            />
            <TextInput
              label={t('fields.nameLatin')}
              placeholder={t('dialog.automatic')}
              maxLength={200}
              {...form.getInputProps('nameLatin')}
            />
            <TextInput
              label={t('fields.email')}
              type="email"
              maxLength={320}
              {...form.getInputProps('email')}
            />
            <TextInput label={t('fields.phone')} maxLength={40} {...form.getInputProps('phone')} />
          </SimpleGrid>
          <Select
            label={t('fields.account')}
            description={t('trainerDialog.accountHint')}
            clearable
            searchable
            nothingFoundMessage={accounts.isFetching ? tc('states.loading') : t('trainerDialog.noAccounts')}
            data={(accounts.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))}
            {...form.getInputProps('userId')}
          />
          <Checkbox.Group label={t('fields.kinds')} required {...form.getInputProps('kinds')}>
            <Group gap="lg" mt={4}>
              {trainerKinds.map((k) => (
                <Checkbox key={k} value={k} label={t(`kinds.${k}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <MultiSelect
            label={t('fields.topicAreas')}
            required
            searchable
            maxValues={20}
            nothingFoundMessage={tc('states.noMatches')}
            data={areas.map((a) => ({ value: a.code, label: packLabel(a, locale) }))}
            data-testid="trainer-topic-areas"
            {...form.getInputProps('topicAreas')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('fields.accreditationNumber')}
              required
              maxLength={60}
              data-testid="trainer-accreditation-number"
              {...form.getInputProps('accreditationNumber')}
            />
            <DateField label={t('fields.accreditedOn')} required {...form.getInputProps('accreditedOn')} />
            <DateField
              label={t('fields.accreditedUntil')}
              required
              {...form.getInputProps('accreditedUntil')}
            />
            <DateField label={t('fields.skillsCheckOn')} {...form.getInputProps('skillsCheckOn')} />
            <DateField label={t('fields.trainerCourseOn')} {...form.getInputProps('trainerCourseOn')} />
          </SimpleGrid>
          {textArea('expertise')}
          {textArea('teachingExperience')}
          {textArea('publications')}
          <DialogActions
            submitLabel={trainer ? tc('actions.save') : t('trainerDialog.create')}
            onCancel={onClose}
            loading={save.isPending}
            testId="trainer-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
