import { Button, Checkbox, Popover, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DirectoryColumn } from './directory-columns';

type Props = {
  value: DirectoryColumn[];
  onChange: (next: string[]) => void;
  options: Array<{ value: DirectoryColumn; label: string }>;
};

/** Which columns the directory shows (and the XLSX export holds): a checkbox list in a popover. */
export function ColumnsPicker({ value, onChange, options }: Props) {
  const { t } = useTranslation('people');
  return (
    <Popover position="bottom-end" shadow="md" withArrow trapFocus>
      <Popover.Target>
        <Button variant="default" data-testid="columns-picker">
          {t('columns.label')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown maw={320}>
        <Checkbox.Group
          label={t('columns.title')}
          description={t('columns.hint')}
          value={value}
          onChange={onChange}
        >
          <Stack gap="xs" mt="xs">
            {options.map((o) => (
              <Checkbox key={o.value} value={o.value} label={o.label} data-testid={`column-${o.value}`} />
            ))}
          </Stack>
        </Checkbox.Group>
        {value.length === 0 ? (
          <Text size="xs" c="dimmed" mt="xs">
            {t('columns.nameOnly')}
          </Text>
        ) : null}
      </Popover.Dropdown>
    </Popover>
  );
}
