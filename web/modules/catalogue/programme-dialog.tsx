import {
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  accreditationStatuses,
  deliveryModes,
  type Programme,
  programmeParts,
  targetGroups,
} from '../../../contracts/learning-catalogue';
import { packLabel } from '../../../contracts/positions';
import { api } from '../../app/api-client';
import { useLocale } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { DateField } from '../../components/date-field';
import { DialogActions } from '../../components/dialog-actions';
import { useCompetencies } from '../competencies/competencies-queries';
import { LocalTextFields } from '../competencies/local-text-fields';
import { ChoiceSelect } from '../people/choice-select';
import { fieldErrorSink } from '../people/form-errors';
import { useTopicAreas } from './catalogue-queries';
import { type ProgrammeValues, programmeBody, programmeValues, validateProgramme } from './programme-form';
import type { Owner } from './programme-owners';

type Props = {
  /** Editing this programme; absent for a new one. */
  programme?: Programme;
  /** Whose catalogue a new programme joins (the first is chosen). */
  owners: Owner[];
  onSaved: (programme: Programme) => void | Promise<void>;
  onClose: () => void;
};

/** A new programme (a draft of the owner's catalogue) or a change to one: every field of the catalogue entry. */
export function ProgrammeDialog({ programme, owners, onSaved, onClose }: Props) {
  const { t } = useTranslation('catalogue');
  const { t: tc } = useTranslation();
  const locale = useLocale();
  const form = useForm<ProgrammeValues>({
    initialValues: programmeValues(programme, owners[0]),
    validate: (v) => validateProgramme(v, t),
  });
  const { ownerId } = form.values;
  const owner = owners.find((o) => o.id === ownerId);
  const countryCode = programme?.countryCode ?? owner?.countryCode ?? '';
  // A national body's catalogue is the general programme; a municipality's is its special programme.
  const body = programme ? programme.part !== 'special' : Boolean(owner?.body);
  const parts = programmeParts.filter((p) => (p === 'special') !== body);
  const areas = useTopicAreas().byCountry.get(countryCode) ?? [];
  const competencies = useCompetencies({ countryCode, organisationId: ownerId });

  const save = useMutation({
    mutationFn: (v: ProgrammeValues) => {
      const body = programmeBody(v, countryCode);
      return programme
        ? api.patch<Programme>(`/programmes/${programme.id}`, body)
        : api.post<Programme>('/programmes', { ...body, ownerId: v.ownerId });
    },
    onSuccess: async (saved) => {
      notifySuccess(programme ? t('dialog.saved') : t('dialog.created'));
      await onSaved(saved);
    },
    onError: (error) => reportError(error, fieldErrorSink(form)),
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={programme ? t('dialog.editTitle') : t('dialog.createTitle')}
      centered
      size="xl"
    >
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate data-testid="programme-form">
        <Stack>
          {!programme && owners.length > 1 ? (
            <NativeSelect
              label={t('fields.owner')}
              data={owners.map((o) => ({ value: o.id, label: o.name }))}
              {...form.getInputProps('ownerId')}
              onChange={(e) => {
                const next = owners.find((o) => o.id === e.currentTarget.value);
                form.setValues({
                  ownerId: e.currentTarget.value,
                  part: next?.body ? '' : 'special',
                  topicArea: '',
                  competencyIds: [],
                });
              }}
            />
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('fields.code')}
              description={t('dialog.codeHint')}
              required
              maxLength={40}
              data-autofocus
              data-testid="programme-code"
              {...form.getInputProps('code')}
            />
            <ChoiceSelect
              label={t('fields.part')}
              options={parts.map((p) => ({ value: p, label: t(`parts.${p}`) }))}
              data-testid="programme-part"
              {...form.getInputProps('part')}
            />
            <ChoiceSelect
              label={t('fields.topicArea')}
              options={areas.map((a) => ({ value: a.code, label: packLabel(a, locale) }))}
              data-testid="programme-topic-area"
              {...form.getInputProps('topicArea')}
            />
          </SimpleGrid>
          <LocalTextFields form={form} prefix="title." label={t('fields.title')} required />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Textarea
              label={t('fields.summary')}
              autosize
              minRows={3}
              maxRows={10}
              maxLength={8000}
              data-testid="programme-summary"
              {...form.getInputProps('summary')}
            />
            <Textarea
              label={t('fields.summaryLatin')}
              placeholder={t('dialog.automatic')}
              autosize
              minRows={3}
              maxRows={10}
              maxLength={8000}
              {...form.getInputProps('summaryLatin')}
            />
          </SimpleGrid>
          <Checkbox.Group label={t('fields.targetGroups')} required {...form.getInputProps('targetGroups')}>
            <Group gap="lg" mt={4}>
              {targetGroups.map((g) => (
                <Checkbox key={g} value={g} label={t(`targetGroups.${g}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Checkbox.Group label={t('fields.deliveryModes')} required {...form.getInputProps('deliveryModes')}>
            <Group gap="lg" mt={4}>
              {deliveryModes.map((m) => (
                <Checkbox key={m} value={m} label={t(`modes.${m}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <MultiSelect
            label={t('fields.competencies')}
            description={t('dialog.competenciesHint')}
            searchable
            clearable
            maxValues={30}
            nothingFoundMessage={tc('states.noMatches')}
            data={(competencies.data?.items ?? []).map((c) => ({ value: c.id, label: packLabel(c, locale) }))}
            data-testid="programme-competencies-input"
            {...form.getInputProps('competencyIds')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput
              label={t('fields.durationHours')}
              required
              min={0.5}
              max={1000}
              step={0.5}
              decimalScale={1}
              data-testid="programme-hours"
              {...form.getInputProps('durationHours')}
            />
            <NumberInput
              label={t('fields.durationDays')}
              required
              min={1}
              max={60}
              allowDecimal={false}
              data-testid="programme-days"
              {...form.getInputProps('durationDays')}
            />
            <NumberInput
              label={t('fields.completionPercent')}
              description={t('dialog.completionHint')}
              min={1}
              max={100}
              allowDecimal={false}
              suffix=" %"
              {...form.getInputProps('completionPercent')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label={t('fields.accreditation')}
              data={accreditationStatuses.map((a) => ({ value: a, label: t(`accreditation.${a}`) }))}
              data-testid="programme-accreditation"
              {...form.getInputProps('accreditation')}
            />
            <TextInput
              label={t('fields.registerNumber')}
              maxLength={60}
              data-testid="programme-register-number"
              {...form.getInputProps('registerNumber')}
            />
            <DateField label={t('fields.accreditedUntil')} {...form.getInputProps('accreditedUntil')} />
          </SimpleGrid>
          <Switch
            label={t('fields.issuesCertificate')}
            description={t('dialog.certificateHint')}
            {...form.getInputProps('issuesCertificate', { type: 'checkbox' })}
          />
          <DialogActions
            submitLabel={programme ? tc('actions.save') : t('dialog.create')}
            onCancel={onClose}
            loading={save.isPending}
            testId="programme-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
