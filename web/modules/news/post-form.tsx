import { NativeSelect, Radio, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type PostKind, postAudiences } from '../../../contracts/news';
import { uiLocales } from '../../app/locale';
import { DateField } from '../../components/date-field';
import { MunicipalitiesSelect } from './municipalities-select';
import type { PostValues } from './post-form-values';

type Props = { form: UseFormReturnType<PostValues>; kind: PostKind; country: string };

/** The post's fields: who it is for, its language and texts, and an event's time and place. */
export function PostForm({ form, kind, country }: Props) {
  const { t } = useTranslation('news');
  const { t: tc } = useTranslation();
  const audience = form.getValues().audience;
  return (
    <Stack gap="sm">
      <Radio.Group label={t('fields.audience')} {...form.getInputProps('audience')}>
        <Stack gap={6} mt={4}>
          {postAudiences.map((a) => (
            <Radio
              key={a}
              value={a}
              label={t(`audience.${a}`, { country: tc(`countries.${country}`) })}
              data-testid={`post-audience-${a}`}
            />
          ))}
        </Stack>
      </Radio.Group>
      {audience === 'organisations' ? (
        <MunicipalitiesSelect
          label={t('fields.audienceIds')}
          description={t('form.audienceIdsHint')}
          country={country}
          {...form.getInputProps('audienceIds')}
          value={form.getValues().audienceIds}
          onChange={(ids) => form.setFieldValue('audienceIds', ids)}
        />
      ) : null}
      <NativeSelect
        label={t('fields.locale')}
        data={uiLocales.map((l) => ({ value: l.value, label: l.label }))}
        w={{ base: '100%', sm: 260 }}
        {...form.getInputProps('locale')}
      />
      <TextInput
        label={t('fields.title')}
        required
        maxLength={300}
        data-testid="post-title"
        {...form.getInputProps('title')}
      />
      <Textarea
        label={t('fields.summary')}
        autosize
        minRows={2}
        maxLength={1000}
        {...form.getInputProps('summary')}
      />
      <Textarea
        label={t('fields.body')}
        required
        autosize
        minRows={5}
        maxRows={16}
        maxLength={40000}
        data-testid="post-body-input"
        {...form.getInputProps('body')}
      />
      {kind === 'event' ? (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField label={t('fields.startsAt')} required {...form.getInputProps('startsAt')} />
            <TimeInput label={t('fields.startsAtTime')} {...form.getInputProps('startsAtTime')} />
            <DateField
              label={t('fields.endsAt')}
              min={form.getValues().startsAt}
              {...form.getInputProps('endsAt')}
            />
            <TimeInput label={t('fields.endsAtTime')} {...form.getInputProps('endsAtTime')} />
          </SimpleGrid>
          <TextInput label={t('fields.location')} maxLength={300} {...form.getInputProps('location')} />
          <TextInput
            label={t('fields.onlineUrl')}
            type="url"
            placeholder="https://"
            maxLength={1000}
            {...form.getInputProps('onlineUrl')}
          />
        </>
      ) : null}
    </Stack>
  );
}
