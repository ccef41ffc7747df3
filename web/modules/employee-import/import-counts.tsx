import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useFormat } from '../../app/format';

export type ImportCount = { label: string; value: number; color?: string; testId: string };

/** A row of numbers (rows, new files, errors…) that stays readable on a phone: two per line there. */
export function ImportCounts({ counts }: { counts: ImportCount[] }) {
  const format = useFormat();
  return (
    <SimpleGrid cols={{ base: 2, sm: counts.length }} spacing="sm">
      {counts.map((c) => (
        <Paper key={c.testId} withBorder p="sm" radius="md" data-testid={c.testId}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {c.label}
          </Text>
          <Text size="xl" fw={700} c={c.color}>
            {format.number(c.value)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
