import { Checkbox, NativeSelect, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { locales } from '../../../contracts/access';
import type { PracticeCategory } from '../../../contracts/practice-pack';
import { DateField } from '../../components/date-field';
import type { PracticeValues } from './practice-form-values';
import { usePracticeText } from './practice-labels';
import { PracticeLinksFields } from './practice-links-fields';

type Form = UseFormReturnType<PracticeValues>;

/** A long text of the practice: grows with what is typed, up to the 20,000 characters the API takes. */
function LongText({
  form,
  path,
  label,
  required,
}: {
  form: Form;
  path: string;
  label: string;
  required?: boolean;
}) {
  return (
    <Textarea
      label={label}
      required={required}
      autosize
      minRows={4}
      maxRows={20}
      maxLength={20000}
      {...form.getInputProps(path)}
      data-testid={`practice-${path.replace('.', '-')}`}
    />
  );
}

/** Every field of a practice: texts, who and when, links, contact, and an optional translation. */
export function PracticeForm({ form, categories }: { form: Form; categories: PracticeCategory[] }) {
  const { t } = useTranslation('practices');
  const text = usePracticeText();
  const languages = locales.map((l) => ({ value: l, label: t(`languages.${l}`) }));
  return (
    <Stack maw={900}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('fields.category')}
          required
          data={categories.map((c) => ({ value: c.code, label: text.label(c) }))}
          {...form.getInputProps('categoryCode')}
          data-testid="practice-category"
        />
        <NativeSelect
          label={t('fields.locale')}
          description={t('form.localeHint')}
          required
          data={languages}
          {...form.getInputProps('locale')}
        />
      </SimpleGrid>
      <TextInput
        label={t('fields.title')}
        required
        maxLength={300}
        {...form.getInputProps('title')}
        data-testid="practice-title"
      />
      <Textarea
        label={t('fields.summary')}
        description={t('form.summaryHint')}
        required
        autosize
        minRows={2}
        maxRows={8}
        maxLength={2000}
        {...form.getInputProps('summary')}
        data-testid="practice-summary"
      />
      <LongText form={form} path="background" label={t('fields.background')} required />
      <LongText form={form} path="practice" label={t('fields.practice')} required />
      <LongText form={form} path="results" label={t('fields.results')} required />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('fields.initiator')}
          required
          maxLength={300}
          {...form.getInputProps('initiator')}
          data-testid="practice-initiator"
        />
        <TextInput label={t('fields.partners')} maxLength={2000} {...form.getInputProps('partners')} />
        <DateField
          label={t('fields.periodFrom')}
          required
          {...form.getInputProps('periodFrom')}
          data-testid="practice-period-from"
        />
        <DateField
          label={t('fields.periodTo')}
          description={t('form.periodToHint')}
          min={form.values.periodFrom || undefined}
          {...form.getInputProps('periodTo')}
        />
      </SimpleGrid>
      <PracticeLinksFields
        value={form.values.links}
        onChange={(links) => form.setFieldValue('links', links)}
        errors={form.errors}
      />
      <Title order={2} size="h4">
        {t('fields.contact')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t('fields.contactName')}
          required
          maxLength={200}
          {...form.getInputProps('contactName')}
          data-testid="practice-contact-name"
        />
        <TextInput
          label={t('fields.contactEmail')}
          type="email"
          required
          maxLength={320}
          {...form.getInputProps('contactEmail')}
          data-testid="practice-contact-email"
        />
        <TextInput label={t('fields.contactPhone')} maxLength={60} {...form.getInputProps('contactPhone')} />
      </SimpleGrid>
      <Checkbox
        label={t('form.addTranslation')}
        description={t('form.translationHint')}
        {...form.getInputProps('hasTranslation', { type: 'checkbox' })}
        data-testid="practice-has-translation"
      />
      {form.values.hasTranslation ? (
        <Stack role="group" aria-label={t('form.translation')}>
          <NativeSelect
            label={t('fields.locale')}
            data={languages}
            {...form.getInputProps('translation.locale')}
          />
          <TextInput
            label={t('fields.title')}
            required
            maxLength={300}
            {...form.getInputProps('translation.title')}
            data-testid="practice-translation-title"
          />
          <Textarea
            label={t('fields.summary')}
            required
            autosize
            minRows={2}
            maxRows={8}
            maxLength={2000}
            {...form.getInputProps('translation.summary')}
            data-testid="practice-translation-summary"
          />
          <LongText form={form} path="translation.background" label={t('fields.background')} />
          <LongText form={form} path="translation.practice" label={t('fields.practice')} />
          <LongText form={form} path="translation.results" label={t('fields.results')} />
        </Stack>
      ) : null}
    </Stack>
  );
}
