import { MultiSelect, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../contracts/access';
import {
  type DocumentKind,
  type DocumentVisibility,
  documentKinds,
  documentVariants,
  documentVisibilities,
  type LibraryDocument,
} from '../../../contracts/library-documents';
import { uiLocales } from '../../app/locale';
import { useKnowledgeText } from '../knowledge/knowledge-labels';
import { AudienceSelect } from './audience-select';

/** A document's metadata as the form holds it (strings for empty choices). */
export type DocumentValues = {
  kind: DocumentKind | '';
  variant: string;
  title: string;
  summary: string;
  locale: Locale;
  topics: string[];
  tags: string[];
  visibility: DocumentVisibility;
  audienceId: string | null;
};

export function documentValues(d: LibraryDocument | null, locale: Locale): DocumentValues {
  return {
    kind: d?.kind ?? '',
    variant: d?.variant ?? '',
    title: d?.title ?? '',
    summary: d?.summary ?? '',
    locale: d?.locale ?? locale,
    topics: d?.topics ?? [],
    tags: d?.tags ?? [],
    visibility: d?.visibility ?? 'network',
    audienceId: d?.audienceId ?? null,
  };
}

/** The body both the upload and the edit send; a variant only for model acts, an audience only when private. */
export function documentBody(v: DocumentValues) {
  return {
    kind: v.kind as DocumentKind,
    variant: v.kind === 'model_act' && v.variant ? (v.variant as (typeof documentVariants)[number]) : null,
    title: v.title.trim(),
    summary: v.summary.trim(),
    locale: v.locale,
    topics: v.topics,
    tags: v.tags.map((t) => t.trim()).filter(Boolean),
    visibility: v.visibility,
    audienceId: v.visibility === 'organisation' ? v.audienceId : null,
  };
}

/** Checks the form makes before sending; the server checks again and names the field it refuses. */
export function useDocumentValidation() {
  const { t } = useTranslation('library');
  return {
    kind: (v: string) => (v ? null : t('validation.kindRequired')),
    title: (v: string) => (v.trim().length >= 3 ? null : t('validation.titleTooShort')),
  };
}

type Props<V extends DocumentValues> = {
  form: UseFormReturnType<V>;
  country: string | undefined;
  /** The municipality the document is shared with now, when editing. */
  audience: { id: string; name: string; nameLatin: string } | null;
};

/** Kind (and variant), title, summary, language, topics, tags, who may read it. */
export function DocumentFields<V extends DocumentValues>({ form, country, audience }: Props<V>) {
  const { t } = useTranslation('library');
  const { t: tc } = useTranslation();
  const text = useKnowledgeText();
  const values = form.getValues();
  const input = (field: keyof DocumentValues) => form.getInputProps(field as string);
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('fields.kind')}
          required
          data={documentKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          placeholder={tc('filters.choose')}
          data-testid="document-kind-select"
          {...input('kind')}
        />
        {values.kind === 'model_act' ? (
          <Select
            label={t('fields.variant')}
            description={t('form.variantHint')}
            clearable
            data={documentVariants.map((v) => ({ value: v, label: t(`variants.${v}`) }))}
            {...input('variant')}
          />
        ) : null}
      </SimpleGrid>
      <TextInput
        label={t('fields.title')}
        required
        maxLength={300}
        data-testid="document-title"
        {...input('title')}
      />
      <Textarea label={t('fields.summary')} autosize minRows={3} maxLength={4000} {...input('summary')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('fields.language')}
          required
          allowDeselect={false}
          data={uiLocales.map((l) => ({ value: l.value, label: t(`languages.${l.value}`) }))}
          {...input('locale')}
        />
        <MultiSelect
          label={t('fields.topics')}
          description={country ? undefined : t('list.chooseCountry')}
          maxValues={10}
          searchable
          data={text.areas(country ?? '').map((a) => ({ value: a.code, label: text.label(a) }))}
          {...input('topics')}
        />
      </SimpleGrid>
      <TagsInput label={t('fields.tags')} description={t('form.tagsHint')} maxTags={20} {...input('tags')} />
      <Select
        label={t('fields.visibility')}
        required
        allowDeselect={false}
        data={documentVisibilities.map((v) => ({ value: v, label: t(`visibility.${v}`) }))}
        data-testid="document-visibility"
        {...input('visibility')}
      />
      {values.visibility === 'organisation' ? (
        <AudienceSelect
          label={t('fields.audience')}
          description={t('form.audienceHint')}
          country={country}
          chosen={audience}
          {...input('audienceId')}
          value={values.audienceId}
        />
      ) : null}
    </Stack>
  );
}
