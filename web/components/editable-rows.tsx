import { ActionIcon, Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

type Props<T> = {
  label: string;
  /** Said while there are no rows. */
  empty: string;
  value: T[];
  onChange: (rows: T[]) => void;
  /** The row the "add" button appends. */
  newRow: () => T;
  addLabel: string;
  /** The accessible name of a row's remove button (the row's number is 1-based). */
  removeLabel: (index: number) => string;
  rowTestId: string;
  addTestId?: string;
  /** A row's own fields; `change` merges a patch into it. */
  children: (row: T, index: number, change: (patch: Partial<T>) => void) => ReactNode;
};

/** A list of up to 20 rows of fields (cited laws, links) that are added and removed. */
export function EditableRows<T>(props: Props<T>) {
  const { label, empty, value, onChange, newRow, addLabel, removeLabel, rowTestId, addTestId, children } =
    props;
  const change = (index: number) => (patch: Partial<T>) =>
    onChange(value.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <Stack gap="xs" role="group" aria-label={label}>
      <Text fw={500} size="sm">
        {label}
      </Text>
      {value.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : null}
      {value.map((row, index) => (
        // Rows have no identity of their own; the index is their place in the list the server reads.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Group key={index} align="flex-start" gap="sm" wrap="wrap" data-testid={rowTestId}>
          {children(row, index, change(index))}
          <ActionIcon
            variant="default"
            size="lg"
            mt={{ base: 0, sm: 25 }}
            aria-label={removeLabel(index)}
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
          onClick={() => onChange([...value, newRow()])}
          data-testid={addTestId}
        >
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}

/** A row field's server error, by the path the server names it with (`links.0.url`). */
export const rowError = (errors: Record<string, unknown>, path: string) => {
  const message = errors[path];
  return typeof message === 'string' ? message : undefined;
};
