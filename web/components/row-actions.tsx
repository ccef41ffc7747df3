import { ActionIcon, Button, Group } from '@mantine/core';

type Props = {
  /** The Edit button, when the row can be edited as well as removed. */
  edit?: { label: string; onClick: () => void };
  /** Names what is removed, for screen readers: the button shows only ×. */
  removeLabel: string;
  onRemove: () => void;
};

/** The last cell of an editable row: Edit, then a red ×. */
export function RowActions({ edit, removeLabel, onRemove }: Props) {
  return (
    <Group gap={4} wrap="nowrap">
      {edit ? (
        <Button size="compact-sm" variant="subtle" onClick={edit.onClick}>
          {edit.label}
        </Button>
      ) : null}
      <ActionIcon variant="subtle" color="red.8" aria-label={removeLabel} onClick={onRemove}>
        ×
      </ActionIcon>
    </Group>
  );
}
