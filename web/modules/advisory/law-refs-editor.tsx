import { Button, Fieldset, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Law } from '../../../contracts/advisory-answers';
import type { LawRef } from '../../../contracts/advisory-questions';
import { RowActions } from '../../components/row-actions';

type Props = {
  laws: Law[];
  value: LawRef[];
  onChange: (value: LawRef[]) => void;
  /** The server's or the form's message about the references. */
  error?: string;
  testId: string;
};

/** Law references as rows of law and article; a row is added or removed with a button. */
export function LawRefsEditor({ laws, value, onChange, error, testId }: Props) {
  const { t } = useTranslation('advisory');
  const options = laws.map((l) => ({ value: l.id, label: l.title }));
  const update = (index: number, change: Partial<LawRef>) =>
    onChange(value.map((ref, i) => (i === index ? { ...ref, ...change } : ref)));
  return (
    <Fieldset
      variant="unstyled"
      legend={
        <Text size="sm" fw={700} span>
          {t('fields.lawRefs')}
        </Text>
      }
      data-testid={testId}
    >
      <Stack gap="xs">
        <Text size="xs" c="dimmed">
          {t('form.lawRefsHint')}
        </Text>
        {value.map((ref, index) => (
          // Rows have no identity of their own; the position is what the person edits.
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place by position
          <Group key={index} gap="xs" align="flex-end" wrap="nowrap">
            <Select
              label={t('fields.law')}
              data={options}
              value={ref.lawId || null}
              onChange={(id) => update(index, { lawId: id ?? '' })}
              searchable
              nothingFoundMessage={t('form.noLaw')}
              style={{ flex: 1, minWidth: 0 }}
              data-testid={`${testId}-law-${index}`}
            />
            <TextInput
              label={t('fields.article')}
              placeholder={t('form.articlePlaceholder')}
              value={ref.article}
              maxLength={40}
              onChange={(e) => update(index, { article: e.currentTarget.value })}
              w={{ base: 96, sm: 160 }}
              data-testid={`${testId}-article-${index}`}
            />
            <RowActions
              removeLabel={t('form.removeLawRef', { number: index + 1 })}
              onRemove={() => onChange(value.filter((_, i) => i !== index))}
            />
          </Group>
        ))}
        {error ? (
          <Text size="sm" c="red.8" role="alert">
            {error}
          </Text>
        ) : null}
        <Group>
          <Button
            variant="default"
            size="xs"
            disabled={laws.length === 0 || value.length >= 20}
            onClick={() => onChange([...value, { lawId: '', article: '' }])}
            data-testid={`${testId}-add`}
          >
            {t('form.addLawRef')}
          </Button>
          {laws.length === 0 ? (
            <Text size="xs" c="dimmed">
              {t('form.noLaws')}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </Fieldset>
  );
}

/** The rows a person filled in, trimmed; empty rows are left out. */
export function filledLawRefs(refs: LawRef[]): LawRef[] {
  return refs.map((r) => ({ lawId: r.lawId, article: r.article.trim() })).filter((r) => r.lawId || r.article);
}
