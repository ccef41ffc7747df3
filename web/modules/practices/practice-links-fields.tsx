import { ActionIcon, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PracticeLink } from '../../../contracts/practices';

const kinds: PracticeLink['kind'][] = ['video', 'photo', 'article', 'other'];

type Props = {
  value: PracticeLink[];
  onChange: (links: PracticeLink[]) => void;
  /** Field errors by path (`links.0.url`), as the server names them. */
  errors: Record<string, unknown>;
};

/** The practice's links as rows: what it is (video, photos, article), the address and a label. */
export function PracticeLinksFields({ value, onChange, errors }: Props) {
  const { t } = useTranslation('practices');
  const change = (index: number, patch: Partial<PracticeLink>) =>
    onChange(value.map((link, i) => (i === index ? { ...link, ...patch } : link)));
  const error = (path: string) => {
    const message = errors[path];
    return typeof message === 'string' ? message : undefined;
  };
  return (
    <Stack gap="xs" role="group" aria-label={t('fields.links')}>
      <Text fw={500} size="sm">
        {t('fields.links')}
      </Text>
      {value.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('form.noLinks')}
        </Text>
      ) : null}
      {value.map((link, index) => (
        // Rows have no identity of their own; the index is their place in the list the server reads.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Group key={index} align="flex-start" gap="sm" wrap="wrap" data-testid="practice-link-row">
          <NativeSelect
            label={t('fields.linkKind')}
            w={{ base: '100%', sm: 150 }}
            value={link.kind}
            onChange={(e) => change(index, { kind: e.currentTarget.value as PracticeLink['kind'] })}
            data={kinds.map((k) => ({ value: k, label: t(`linkKinds.${k}`) }))}
          />
          <TextInput
            label={t('fields.linkUrl')}
            type="url"
            w={{ base: '100%', sm: 340 }}
            maxLength={1000}
            value={link.url}
            error={error(`links.${index}.url`)}
            onChange={(e) => change(index, { url: e.currentTarget.value })}
          />
          <TextInput
            label={t('fields.linkLabel')}
            w={{ base: '100%', sm: 240 }}
            maxLength={200}
            value={link.label}
            error={error(`links.${index}.label`)}
            onChange={(e) => change(index, { label: e.currentTarget.value })}
          />
          <ActionIcon
            variant="default"
            size="lg"
            mt={{ base: 0, sm: 25 }}
            aria-label={t('form.removeLink', { index: index + 1 })}
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
          onClick={() => onChange([...value, { url: '', label: '', kind: 'video' }])}
          data-testid="practice-add-link"
        >
          {t('form.addLink')}
        </Button>
      </Group>
    </Stack>
  );
}
