import { SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { checkNationalId, nationalIdLength } from '../../../contracts/national-id';
import type { Employee, EmployeeCreate } from '../../../contracts/people';
import { type PeoplePack, packLabel } from '../../../contracts/positions';
import { useFormat } from '../../app/format';
import {
  type EducationRow,
  type ExamRow,
  type LanguageRow,
  qualificationRows,
  qualificationsBody,
  validateQualifications,
} from './qualification-fields';

export type PersonValues = {
  givenName: string;
  familyName: string;
  givenNameLatin: string;
  familyNameLatin: string;
  nationalId: string;
  email: string;
  phone: string;
  address: string;
  education: EducationRow[];
  exams: ExamRow[];
  languages: LanguageRow[];
};

export type NationalIdRule = PeoplePack['nationalId'];

export function initialPersonValues(e: Employee | null): PersonValues {
  return {
    givenName: e?.givenName ?? '',
    familyName: e?.familyName ?? '',
    givenNameLatin: e?.givenNameLatin ?? '',
    familyNameLatin: e?.familyNameLatin ?? '',
    nationalId: e?.nationalId ?? '',
    email: e?.email ?? '',
    phone: e?.phone ?? '',
    address: e?.address ?? '',
    ...qualificationRows(e),
  };
}

const nationalIdMessages = {
  national_id_format: 'validation.nationalIdFormat',
  national_id_date: 'validation.nationalIdDate',
  national_id_checksum: 'validation.nationalIdChecksum',
} as const;

/** Errors of the personal data by field path; the national ID is checked by the country's scheme. */
export function validatePerson(
  v: PersonValues,
  rule: NationalIdRule | null,
  t: TFunction<'people'>,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.givenName.trim()) errors.givenName = t('validation.givenNameRequired');
  if (!v.familyName.trim()) errors.familyName = t('validation.familyNameRequired');
  if (!v.nationalId.trim()) errors.nationalId = t('validation.nationalIdRequired');
  else if (rule) {
    const result = checkNationalId(rule.scheme, v.nationalId);
    if (!result.ok) errors.nationalId = t(nationalIdMessages[result.code]);
  }
  if (v.email.trim() && !/^\S+@\S+\.\S+$/.test(v.email.trim())) errors.email = t('validation.emailInvalid');
  return { ...errors, ...validateQualifications(v, t) };
}

/**
 * The personal fields of POST /employees or PATCH /employees/:id. Birth date and gender are left to
 * the server, which reads them from the national ID. A Latin form is sent only when typed: left
 * empty (or untouched after the Cyrillic name changed) the server derives it again.
 */
export type PersonBody = Omit<
  EmployeeCreate,
  'organisationId' | 'employment' | 'nationalId' | 'birthDate' | 'gender'
> & { nationalId?: string };

export function personBody(v: PersonValues, initial: PersonValues | null): PersonBody {
  const orNull = (s: string) => s.trim() || null;
  const latin = (name: 'givenName' | 'familyName') => {
    const typed = v[`${name}Latin`].trim();
    const stale = initial && v[name] !== initial[name] && typed === initial[`${name}Latin`];
    return typed && !stale ? { [`${name}Latin`]: typed } : {};
  };
  const body: PersonBody = {
    givenName: v.givenName.trim(),
    familyName: v.familyName.trim(),
    ...latin('givenName'),
    ...latin('familyName'),
    email: orNull(v.email),
    phone: orNull(v.phone),
    address: orNull(v.address),
    ...qualificationsBody(v),
  };
  if (!initial || v.nationalId.trim() !== initial.nationalId) body.nationalId = v.nationalId.trim();
  return body;
}

type Props = {
  form: UseFormReturnType<PersonValues>;
  rule: NationalIdRule | null;
  /** The first field takes the focus (a dialog). */
  autoFocus?: boolean;
};

/** Names in both scripts, the national ID checked as it is typed, contacts and address. */
export function PersonFields({ form, rule, autoFocus }: Props) {
  const { t } = useTranslation('people');
  const format = useFormat();
  const idLabel = rule
    ? t('fields.nationalId', { name: packLabel(rule, format.locale) })
    : t('fields.nationalIdGeneric');
  const id = form.values.nationalId.trim();
  const check = rule && id ? checkNationalId(rule.scheme, id) : null;
  const complete = rule ? id.length >= nationalIdLength[rule.scheme] : false;
  const idHint = check?.ok
    ? t('identity.derived', {
        birthDate: format.date(check.facts.birthDate),
        gender: t(`gender.${check.facts.gender}`),
      })
    : rule
      ? t('identity.hint', { digits: nationalIdLength[rule.scheme] })
      : undefined;
  const idProps = form.getInputProps('nationalId');
  // Typing shows the result once the number is complete (or has a wrong character); submitting, always.
  const liveError =
    check && !check.ok && (complete || !/^\d*$/.test(id))
      ? t(nationalIdMessages[check.code])
      : (idProps.error as string | undefined);

  return (
    <Stack>
      <Title order={2} size="h4">
        {t('sections.names')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('fields.givenName')}
          required
          data-autofocus={autoFocus || undefined}
          autoComplete="off"
          {...form.getInputProps('givenName')}
        />
        <TextInput
          label={t('fields.familyName')}
          required
          autoComplete="off"
          {...form.getInputProps('familyName')}
        />
        <TextInput
          label={t('fields.givenNameLatin')}
          description={t('form.latinHint')}
          autoComplete="off"
          {...form.getInputProps('givenNameLatin')}
        />
        <TextInput
          label={t('fields.familyNameLatin')}
          description={t('form.latinHint')}
          autoComplete="off"
          {...form.getInputProps('familyNameLatin')}
        />
      </SimpleGrid>
      <Title order={2} size="h4" mt="sm">
        {t('sections.identity')}
      </Title>
      <TextInput
        label={idLabel}
        description={idHint}
        required
        inputMode="numeric"
        autoComplete="off"
        maw={380}
        {...idProps}
        error={liveError}
      />
      <Title order={2} size="h4" mt="sm">
        {t('sections.contacts')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('fields.email')}
          type="email"
          autoComplete="off"
          {...form.getInputProps('email')}
        />
        <TextInput label={t('fields.phone')} type="tel" autoComplete="off" {...form.getInputProps('phone')} />
      </SimpleGrid>
      <Textarea label={t('fields.address')} autosize minRows={2} {...form.getInputProps('address')} />
    </Stack>
  );
}
