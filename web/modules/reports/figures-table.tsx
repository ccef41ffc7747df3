import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ReportTotal, suppressionThreshold as threshold } from '../../../contracts/reports';
import { useFormat } from '../../app/format';

export type FigureRow = { key: string; label: string; cells: ReportTotal[] };

type Props = {
  caption: string;
  /** The heading of the first column, then one per figure. */
  columns: string[];
  rows: FigureRow[];
  totals: ReportTotal[];
  testId?: string;
};

/** A figure, or "< 5" (read out as "fewer than 5") where it is suppressed. */
export function Figure({ cell }: { cell: ReportTotal }) {
  const { t } = useTranslation('reports');
  const format = useFormat();
  if (!cell.suppressed) return <>{cell.count === null ? '—' : format.number(cell.count)}</>;
  return (
    <Text span c="dimmed" size="sm" aria-label={t('suppressedAria', { threshold })}>
      {t('suppressedCell', { threshold })}
    </Text>
  );
}

/** The figures of a chart as a table: the accessible, printable and copyable form of the same data. */
export function FiguresTable({ caption, columns, rows, totals, testId }: Props) {
  const { t } = useTranslation('reports');
  const [first, ...figures] = columns;
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table verticalSpacing={6} striped data-testid={testId}>
        <Table.Caption>
          <Text size="xs" c="dimmed" component="span">
            {caption}
          </Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{first}</Table.Th>
            {figures.map((c) => (
              <Table.Th key={c} scope="col" ta="end">
                {c}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Th scope="row" fw={400}>
                {r.label}
              </Table.Th>
              {r.cells.map((cell, i) => (
                <Table.Td key={figures[i]} ta="end">
                  <Figure cell={cell} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Th scope="row">{t('columns.total')}</Table.Th>
            {totals.map((cell, i) => (
              <Table.Td key={figures[i]} ta="end">
                <Figure cell={cell} />
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
