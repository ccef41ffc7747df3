import { Button, Text } from '@mantine/core';
import { useFileSize } from '../app/format';

/** A stored file's name and size in a table cell; long names break anywhere rather than widen the table. */
export function FileNameCell({ fileName, size }: { fileName: string; size: number }) {
  const readable = useFileSize();
  return (
    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
      {fileName} · {readable(size)}
    </Text>
  );
}

type DeleteProps = {
  label: string;
  /** Names the file for screen readers: every row's button reads the same otherwise. */
  ariaLabel: string;
  onClick: () => void;
  testId: string;
};

/** A row's delete button; the page asks for confirmation before anything is removed. */
export function FileDeleteButton({ label, ariaLabel, onClick, testId }: DeleteProps) {
  return (
    <Button
      size="xs"
      variant="subtle"
      color="red"
      aria-label={ariaLabel}
      onClick={onClick}
      data-testid={testId}
    >
      {label}
    </Button>
  );
}
