import {
  Checkbox,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { deliveryModes } from '../../../contracts/learning-catalogue';
import { useFormat } from '../../app/format';
import { DateField } from '../../components/date-field';
import { ChoiceSelect } from '../people/choice-select';
import { DaysEditor } from './days-editor';
import { useProgrammeOptions, useProgrammeTitle, useTrainerOptions } from './learning-options';
import { addDays, type SessionValues } from './session-form';

type Props = {
  form: UseFormReturnType<SessionValues>;
  /** The organiser's country: its published programmes and accredited trainers are offered. */
  countryCode: string | undefined;
  /** The programme cannot change once the session exists. */
  programmeLocked?: boolean;
  /** Trainers already assigned, shown even when they left the list of active ones. */
  assignedTrainers?: ReadonlyArray<{ id: string; name: string; nameLatin: string }>;
};

/**
 * The fields of a session: programme, mode and place, days, seats, registration window, approval,
 * completion rule, trainers and a note. Shared by the session dialog and the scheduling of a
 * training on request.
 */
export function SessionFormFields({
  form,
  countryCode,
  programmeLocked = false,
  assignedTrainers = [],
}: Props) {
  const { t } = useTranslation('training-sessions');
  const format = useFormat();
  const title = useProgrammeTitle();
  const programmes = useProgrammeOptions({ country: countryCode });
  const trainers = useTrainerOptions(countryCode);
  const v = form.values;
  const programme = programmes.data?.items.find((p) => p.id === v.programmeId);
  const programmeData = (programmes.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.code} · ${title(p.title)}`,
  }));
  // A locked programme stays readable even when it is no longer in the published list.
  if (v.programmeId && !programme && programmeLocked)
    programmeData.unshift({ value: v.programmeId, label: t('form.currentProgramme') });
  const trainerNames = new Map(assignedTrainers.map((tr) => [tr.id, format.name(tr)]));
  for (const tr of trainers.data?.items ?? []) trainerNames.set(tr.id, format.name(tr));
  const trainerData = [...trainerNames].map(([value, label]) => ({ value, label }));

  const programmeProps = form.getInputProps('programmeId');
  const onFirstDay = (date: string) => {
    // The registration closes the day before by default; the organiser may move either date.
    if (!form.values.registrationCloses) form.setFieldValue('registrationCloses', addDays(date, -1));
    if (!form.values.cancelUntil) form.setFieldValue('cancelUntil', addDays(date, -1));
  };

  return (
    <Stack gap="md">
      <Select
        label={t('fields.programme')}
        placeholder={t('form.programmePlaceholder')}
        data={programmeData}
        searchable
        required
        disabled={programmeLocked}
        nothingFoundMessage={programmes.isFetching ? t('form.loading') : t('form.noProgrammes')}
        {...programmeProps}
        onChange={(id) => {
          programmeProps.onChange(id ?? '');
          const chosen = programmes.data?.items.find((p) => p.id === id);
          // The session is delivered in one of the programme's modes.
          if (chosen && !chosen.deliveryModes.some((m) => m === form.values.mode))
            form.setFieldValue('mode', chosen.deliveryModes[0] ?? '');
        }}
        data-testid="session-programme"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <ChoiceSelect
          label={t('fields.mode')}
          options={(programme?.deliveryModes ?? deliveryModes).map((m) => ({
            value: m,
            label: t(`modes.${m}`),
          }))}
          {...form.getInputProps('mode')}
          data-testid="session-mode"
        />
        {v.mode === 'in_person' ? (
          <TextInput
            label={t('fields.venue')}
            required
            maxLength={300}
            {...form.getInputProps('venue')}
            data-testid="session-venue"
          />
        ) : v.mode ? (
          <TextInput
            label={t('fields.onlineUrl')}
            required={v.mode === 'live_online'}
            type="url"
            placeholder="https://"
            maxLength={500}
            {...form.getInputProps('onlineUrl')}
            data-testid="session-online-url"
          />
        ) : null}
      </SimpleGrid>
      <DaysEditor form={form} onFirstDay={onFirstDay} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('fields.capacity')}
          required
          min={1}
          max={5000}
          allowDecimal={false}
          {...form.getInputProps('capacity')}
          data-testid="session-capacity"
        />
        <NumberInput
          label={t('fields.completionPercent')}
          description={
            programme
              ? t('form.completionDefault', { percent: programme.completionPercent })
              : t('form.completionHint')
          }
          min={1}
          max={100}
          allowDecimal={false}
          suffix=" %"
          {...form.getInputProps('completionPercent')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <DateField
          label={t('fields.registrationOpens')}
          required
          {...form.getInputProps('registrationOpens')}
          data-testid="session-registration-opens"
        />
        <DateField
          label={t('fields.registrationCloses')}
          required
          min={v.registrationOpens || undefined}
          {...form.getInputProps('registrationCloses')}
          data-testid="session-registration-closes"
        />
        <DateField
          label={t('fields.cancelUntil')}
          required
          {...form.getInputProps('cancelUntil')}
          data-testid="session-cancel-until"
        />
      </SimpleGrid>
      <Checkbox
        label={t('fields.requiresApproval')}
        description={t('form.requiresApprovalHint')}
        {...form.getInputProps('requiresApproval', { type: 'checkbox' })}
      />
      <MultiSelect
        label={t('fields.trainers')}
        placeholder={v.trainerIds.length ? undefined : t('form.trainersPlaceholder')}
        data={trainerData}
        searchable
        nothingFoundMessage={t('form.noTrainers')}
        {...form.getInputProps('trainerIds')}
        data-testid="session-trainers"
      />
      <Textarea
        label={t('fields.note')}
        autosize
        minRows={2}
        maxLength={4000}
        {...form.getInputProps('note')}
      />
    </Stack>
  );
}
