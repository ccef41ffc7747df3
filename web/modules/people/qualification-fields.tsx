import {
  ActionIcon,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  cefrLevels,
  type EducationEntry,
  type Employee,
  type ExamEntry,
  type LanguageEntry,
} from '../../../contracts/people';
import { type EducationLevel, educationLevels } from '../../../contracts/positions';
import { DateField } from '../../components/date-field';
import { languageCodes, useLanguageName } from './people-labels';
import type { PersonValues } from './person-fields';

// Rows carry a key of their own so that removing one keeps the inputs of the others in place.
export type EducationRow = {
  key: string;
  level: EducationLevel | '';
  institution: string;
  field: string;
  year: number | string;
};
export type ExamRow = { key: string; name: string; issuer: string; passedOn: string; number: string };
export type LanguageRow = { key: string; language: string; level: LanguageEntry['level'] | '' };
type Rows = { education: EducationRow[]; exams: ExamRow[]; languages: LanguageRow[] };

const newEducation = (e?: EducationEntry): EducationRow => ({
  key: randomId(),
  level: e?.level ?? '',
  institution: e?.institution ?? '',
  field: e?.field ?? '',
  year: e?.year ?? '',
});
const newExam = (e?: ExamEntry): ExamRow => ({
  key: randomId(),
  name: e?.name ?? '',
  issuer: e?.issuer ?? '',
  passedOn: e?.passedOn ?? '',
  number: e?.number ?? '',
});
const newLanguage = (e?: LanguageEntry): LanguageRow => ({
  key: randomId(),
  language: e?.language ?? '',
  level: e?.level ?? '',
});

export function qualificationRows(e: Employee | null): Rows {
  return {
    education: (e?.education ?? []).map(newEducation),
    exams: (e?.exams ?? []).map(newExam),
    languages: (e?.languages ?? []).map(newLanguage),
  };
}

const orNull = (s: string) => s.trim() || null;

export function qualificationsBody(v: Rows) {
  return {
    education: v.education.map(
      (r): EducationEntry => ({
        level: r.level as EducationLevel,
        institution: r.institution.trim(),
        field: orNull(r.field),
        year: r.year === '' ? null : Number(r.year),
      }),
    ),
    exams: v.exams.map(
      (r): ExamEntry => ({
        name: r.name.trim(),
        issuer: orNull(r.issuer),
        passedOn: r.passedOn || null,
        number: orNull(r.number),
      }),
    ),
    languages: v.languages.map(
      (r): LanguageEntry => ({ language: r.language, level: r.level as LanguageEntry['level'] }),
    ),
  };
}

/** Errors of the rows by path (`education.0.institution`), as the form shows them on the inputs. */
export function validateQualifications(v: Rows, t: TFunction<'people'>): Record<string, string> {
  const errors: Record<string, string> = {};
  const thisYear = new Date().getFullYear();
  v.education.forEach((r, i) => {
    if (!r.level) errors[`education.${i}.level`] = t('validation.required');
    if (!r.institution.trim()) errors[`education.${i}.institution`] = t('validation.required');
    const year = Number(r.year);
    if (r.year !== '' && (!Number.isInteger(year) || year < 1940 || year > thisYear))
      errors[`education.${i}.year`] = t('validation.year', { max: thisYear });
  });
  v.exams.forEach((r, i) => {
    if (!r.name.trim()) errors[`exams.${i}.name`] = t('validation.required');
  });
  v.languages.forEach((r, i) => {
    if (!r.language) errors[`languages.${i}.language`] = t('validation.required');
    if (!r.level) errors[`languages.${i}.level`] = t('validation.required');
  });
  return errors;
}

type GroupProps = {
  title: string;
  empty: string;
  addLabel: string;
  removeLabel: string;
  keys: string[];
  onAdd: () => void;
  onRemove: (index: number) => void;
  children: (index: number) => ReactNode;
};

/** One repeatable group: a heading, its rows each with a remove button, and "add". */
function RowGroup({ title, empty, addLabel, removeLabel, keys, onAdd, onRemove, children }: GroupProps) {
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {title}
      </Title>
      {keys.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : null}
      {keys.map((key, index) => (
        <Paper key={key} withBorder p="sm">
          <Group align="flex-start" wrap="nowrap" gap="xs">
            <div style={{ flex: 1 }}>{children(index)}</div>
            <ActionIcon
              variant="subtle"
              color="red"
              mt={26}
              aria-label={`${removeLabel} ${index + 1}`}
              onClick={() => onRemove(index)}
            >
              ×
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      <Group>
        <Button variant="light" size="xs" onClick={onAdd}>
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}

/** Education, licences and exams, and languages: as many rows of each as the person has. */
export function QualificationFields({ form }: { form: UseFormReturnType<PersonValues> }) {
  const { t } = useTranslation('people');
  const { t: tc } = useTranslation();
  const languageName = useLanguageName();
  const languageOptions = languageCodes
    .map((code) => ({ value: code, label: languageName(code) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const choose = { value: '', label: tc('filters.choose') };
  const keys = (rows: Array<{ key: string }>) => rows.map((r) => r.key);
  return (
    <Stack>
      <Title order={2} size="h4">
        {t('sections.qualifications')}
      </Title>
      <RowGroup
        title={t('sections.education')}
        empty={t('form.noEducation')}
        addLabel={t('form.addEducation')}
        removeLabel={t('form.removeEducation')}
        keys={keys(form.values.education)}
        onAdd={() => form.insertListItem('education', newEducation())}
        onRemove={(i) => form.removeListItem('education', i)}
      >
        {(i) => (
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <NativeSelect
              label={t('fields.educationLevel')}
              required
              data={[
                choose,
                ...educationLevels.map((l) => ({ value: l, label: t(`positions:education.${l}`) })),
              ]}
              {...form.getInputProps(`education.${i}.level`)}
            />
            <TextInput
              label={t('fields.institution')}
              required
              {...form.getInputProps(`education.${i}.institution`)}
            />
            <TextInput label={t('fields.studyField')} {...form.getInputProps(`education.${i}.field`)} />
            <TextInput
              label={t('fields.year')}
              inputMode="numeric"
              maxLength={4}
              {...form.getInputProps(`education.${i}.year`)}
            />
          </SimpleGrid>
        )}
      </RowGroup>
      <RowGroup
        title={t('sections.exams')}
        empty={t('form.noExams')}
        addLabel={t('form.addExam')}
        removeLabel={t('form.removeExam')}
        keys={keys(form.values.exams)}
        onAdd={() => form.insertListItem('exams', newExam())}
        onRemove={(i) => form.removeListItem('exams', i)}
      >
        {(i) => (
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <TextInput
              label={t('fields.examName')}
              description={t('form.examNameHint')}
              required
              {...form.getInputProps(`exams.${i}.name`)}
            />
            <TextInput label={t('fields.issuer')} {...form.getInputProps(`exams.${i}.issuer`)} />
            <DateField label={t('fields.passedOn')} {...form.getInputProps(`exams.${i}.passedOn`)} />
            <TextInput label={t('fields.certificateNumber')} {...form.getInputProps(`exams.${i}.number`)} />
          </SimpleGrid>
        )}
      </RowGroup>
      <RowGroup
        title={t('sections.languages')}
        empty={t('form.noLanguages')}
        addLabel={t('form.addLanguage')}
        removeLabel={t('form.removeLanguage')}
        keys={keys(form.values.languages)}
        onAdd={() => form.insertListItem('languages', newLanguage())}
        onRemove={(i) => form.removeListItem('languages', i)}
      >
        {(i) => (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('fields.language')}
              required
              data={[choose, ...languageOptions]}
              {...form.getInputProps(`languages.${i}.language`)}
            />
            <NativeSelect
              label={t('fields.languageLevel')}
              required
              data={[choose, ...cefrLevels.map((l) => ({ value: l, label: t(`cefr.${l}`) }))]}
              {...form.getInputProps(`languages.${i}.level`)}
            />
          </SimpleGrid>
        )}
      </RowGroup>
    </Stack>
  );
}
