import { Card, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One part of a personnel file: a heading and its content, in a card. */
export function FileSection({
  title,
  actions,
  children,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card withBorder padding="lg" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
        {actions}
      </Stack>
    </Card>
  );
}

type TableProps = {
  /** Column headings. */
  head: string[];
  /** One array of cells per row, each with a stable key (and a test id for the browser journeys). */
  rows: Array<{ key: string; cells: ReactNode[]; testId?: string }>;
  /** What an empty section says (and what to do about it). */
  empty: string;
  minWidth?: number;
};

/** The rows of a file section as a table, or a sentence when there are none. */
export function RecordTable({ head, rows, empty, minWidth = 600 }: TableProps) {
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            {head.map((h) => (
              <Table.Th key={h} scope="col">
                {h}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key} data-testid={row.testId}>
              {row.cells.map((cell, i) => (
                <Table.Td key={head[i]}>{cell}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
