import { ActionIcon, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Law } from '../../../contracts/advisory-answers';
import type { LawRef } from '../../../contracts/advisory-questions';

type Props = {
  value: LawRef[];
  onChange: (refs: LawRef[]) => void;
  laws: Law[];
  /** Field errors by path (`lawRefs.0.article`), as the server names them. */
  errors: Record<string, unknown>;
};

/** The cited articles as rows: a law of the register and an article; rows are added and removed. */
export function LawRefFields({ value, onChange, laws, errors }: Props) {
  const { t } = useTranslation('knowledge');
  const { t: tc } = useTranslation();
  const change = (index: number, patch: Partial<LawRef>) =>
    onChange(value.map((ref, i) => (i === index ? { ...ref, ...patch } : ref)));
  const error = (path: string) => {
    const message = errors[path];
    return typeof message === 'string' ? message : undefined;
  };
  return (
    <Stack gap="xs" role="group" aria-label={t('fields.lawRefs')}>
      <Text fw={500} size="sm">
        {t('fields.lawRefs')}
      </Text>
      {value.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('answer.noLawRefs')}
        </Text>
      ) : null}
      {value.map((ref, index) => (
        // Rows have no identity of their own; the index is their place in the list the server reads.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Group key={index} align="flex-start" gap="sm" wrap="wrap" data-testid="law-ref-row">
          <NativeSelect
            label={t('fields.law')}
            w={{ base: '100%', sm: 360 }}
            value={ref.lawId}
            error={error(`lawRefs.${index}.lawId`)}
            onChange={(e) => change(index, { lawId: e.currentTarget.value })}
            data={[
              { value: '', label: tc('filters.choose') },
              ...laws.map((l) => ({ value: l.id, label: l.title })),
            ]}
          />
          <TextInput
            label={t('fields.article')}
            w={{ base: '100%', sm: 160 }}
            maxLength={40}
            value={ref.article}
            error={error(`lawRefs.${index}.article`)}
            onChange={(e) => change(index, { article: e.currentTarget.value })}
          />
          <ActionIcon
            variant="default"
            size="lg"
            mt={{ base: 0, sm: 25 }}
            aria-label={t('lawRef.remove', { index: index + 1 })}
            onClick={() => onChange(value.filter((_, i) => i !== index))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="default"
          size="xs"
          disabled={value.length >= 20}
          onClick={() => onChange([...value, { lawId: laws[0]?.id ?? '', article: '' }])}
        >
          {t('lawRef.add')}
        </Button>
      </Group>
    </Stack>
  );
}
