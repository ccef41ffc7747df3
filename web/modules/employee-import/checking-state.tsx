import { Progress, Stack, Text } from '@mantine/core';

/** Work of unknown length on the server (reading or checking the file): a moving bar and what it does. */
export function CheckingState({ label }: { label: string }) {
  return (
    <Stack gap={4} role="status" aria-live="polite">
      <Text size="sm">{label}</Text>
      <Progress value={100} animated aria-label={label} />
    </Stack>
  );
}
