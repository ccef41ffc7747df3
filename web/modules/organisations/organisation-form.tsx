import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { BodyRole, OrgKind } from '../../../contracts/access';
import type { Country, Organisation } from '../../../contracts/organisations';
import { bodyRoles, orgKinds } from '../../app/domain';
import { useFormat } from '../../app/format';
import type { FieldErrorSink } from '../../app/problems';
import { useLatinNameSync } from '../../components/latin-name';

export type OrganisationFormValues = {
  countryCode: string;
  kind: OrgKind;
  bodyRole: BodyRole | '';
  name: string;
  nameLatin: string;
  regionCode: string;
  registryCode: string;
  email: string;
  website: string;
};

/** The JSON body for POST /organisations or PATCH /organisations/:id (empty text → null). */
export function organisationBody(v: OrganisationFormValues, mode: 'create' | 'edit') {
  const orNull = (s: string) => s.trim() || null;
  const body: Record<string, unknown> = {
    kind: v.kind,
    bodyRole: v.kind === 'national_body' && v.bodyRole ? v.bodyRole : null,
    name: v.name.trim(),
    regionCode: v.regionCode || null,
    registryCode: orNull(v.registryCode),
    email: orNull(v.email),
    website: orNull(v.website),
  };
  // The Latin name cannot be cleared: left empty, the server derives it (Serbian) or keeps it.
  if (v.nameLatin.trim()) body.nameLatin = v.nameLatin.trim();
  if (mode === 'create') body.countryCode = v.countryCode;
  return body;
}

export function initialOrganisationValues(
  o: Organisation | null,
  countryCode: string,
): OrganisationFormValues {
  return {
    countryCode: o?.countryCode ?? countryCode,
    kind: o?.kind ?? 'municipality',
    bodyRole: o?.bodyRole ?? '',
    name: o?.name ?? '',
    nameLatin: o?.nameLatin ?? '',
    regionCode: o?.regionCode ?? '',
    registryCode: o?.registryCode ?? '',
    email: o?.email ?? '',
    website: o?.website ?? '',
  };
}

type Props = {
  mode: 'create' | 'edit';
  initial: OrganisationFormValues;
  countries: Country[];
  submitting: boolean;
  onSubmit: (values: OrganisationFormValues, form: FieldErrorSink) => void;
  onCancel: () => void;
};

export function OrganisationForm({ mode, initial, countries, submitting, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('organisations');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const form = useForm<OrganisationFormValues>({
    initialValues: initial,
    validate: {
      name: (v) => (v.trim() ? null : t('validation.nameRequired')),
      email: (v) => (!v.trim() || /^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('validation.emailInvalid')),
      website: (v) =>
        !v.trim() || /^https?:\/\/\S+$/.test(v.trim()) ? null : t('validation.websiteInvalid'),
    },
  });
  const latin = useLatinNameSync(form, () => form.getValues().countryCode === 'RS');
  const country = countries.find((c) => c.code === form.values.countryCode);
  const regions = [...(country?.regions ?? [])].sort((a, b) =>
    format.name(a).localeCompare(format.name(b), format.locale),
  );

  return (
    <form onSubmit={form.onSubmit((values) => onSubmit(values, form))} noValidate>
      <Stack maw={760}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('fields.country')}
            disabled={mode === 'edit'}
            description={mode === 'edit' ? t('form.countryFixed') : undefined}
            data={countries.map((c) => ({
              value: c.code,
              label: tc(`countries.${c.code}`, { defaultValue: format.name(c) }),
            }))}
            {...form.getInputProps('countryCode')}
            onChange={(e) => {
              form.setFieldValue('countryCode', e.currentTarget.value);
              form.setFieldValue('regionCode', '');
            }}
          />
          <NativeSelect
            label={t('fields.kind')}
            required
            data={orgKinds.map((k) => ({ value: k, label: tc(`orgKinds.${k}`) }))}
            {...form.getInputProps('kind')}
          />
        </SimpleGrid>
        {form.values.kind === 'national_body' ? (
          <NativeSelect
            label={t('fields.bodyRole')}
            data={[
              { value: '', label: tc('filters.none') },
              ...bodyRoles.map((r) => ({ value: r, label: tc(`bodyRoles.${r}`) })),
            ]}
            {...form.getInputProps('bodyRole')}
          />
        ) : null}
        <TextInput
          label={t('fields.name')}
          description={t('form.nameHint')}
          required
          {...form.getInputProps('name')}
          onChange={(e) => latin.onNameChange(e.currentTarget.value)}
        />
        <TextInput
          label={t('fields.nameLatin')}
          description={form.values.countryCode === 'RS' ? t('form.nameLatinHintRs') : t('form.nameLatinHint')}
          {...form.getInputProps('nameLatin')}
          onChange={(e) => latin.onNameLatinChange(e.currentTarget.value)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('fields.region')}
            data={[
              { value: '', label: tc('filters.none') },
              ...regions.map((r) => ({ value: r.code, label: format.name(r) })),
            ]}
            {...form.getInputProps('regionCode')}
          />
          <TextInput
            label={t('fields.registryCode')}
            description={t('form.registryHint')}
            {...form.getInputProps('registryCode')}
          />
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="off"
            {...form.getInputProps('email')}
          />
          <TextInput
            label={t('fields.website')}
            type="url"
            placeholder="https://"
            autoComplete="off"
            {...form.getInputProps('website')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={submitting}>
            {mode === 'create' ? t('form.create') : tc('actions.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {tc('actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
