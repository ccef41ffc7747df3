import { Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DistributionRow, ReportGrade } from '../../../contracts/appraisal-reports';
import { Figure } from '../reports/figures-table';
import { useGradeLabel, usePercent } from './grade-labels';

/** A row of the table: the year totals carry no skew. */
type Row = Pick<DistributionRow, 'key' | 'label' | 'cells' | 'total'> &
  Partial<Pick<DistributionRow, 'topShare' | 'skewReason'>>;

type Props = {
  caption: string;
  /** The heading of the first column. */
  first: string;
  grades: ReportGrade[];
  rows: Row[];
  footer?: Row;
  /** Show the share of the top grades and the skew flag. */
  skew: boolean;
  testId: string;
};

/** People per grade with their share of the row; "< 5" where suppressed. */
export function GradeTable({ caption, first, grades, rows, footer, skew, testId }: Props) {
  const { t } = useTranslation('appraisal-reports');
  const gradeLabel = useGradeLabel();
  const percent = usePercent();
  const line = (r: Row, bold: boolean) => (
    <Table.Tr key={r.key} fw={bold ? 700 : undefined}>
      <Table.Th scope="row" fw={bold ? 700 : 400}>
        {r.label}
      </Table.Th>
      {r.cells.map((c) => (
        <Table.Td key={c.grade} ta="end">
          <Stack gap={0} align="flex-end">
            <Figure cell={c} />
            {c.share !== null && c.count ? (
              <Text span size="xs" c="dimmed">
                {percent(c.share)}
              </Text>
            ) : null}
          </Stack>
        </Table.Td>
      ))}
      <Table.Td ta="end">
        <Figure cell={r.total} />
      </Table.Td>
      {skew ? (
        <>
          <Table.Td ta="end">
            {r.topShare === null || r.topShare === undefined ? '—' : percent(r.topShare)}
          </Table.Td>
          <Table.Td>
            {r.skewReason ? (
              <Badge
                color="orange"
                variant="light"
                tt="none"
                radius="sm"
                h="auto"
                py={2}
                style={{ whiteSpace: 'normal' }}
              >
                {t(`skew.${r.skewReason}`)}
              </Badge>
            ) : null}
          </Table.Td>
        </>
      ) : null}
    </Table.Tr>
  );
  return (
    <Table.ScrollContainer minWidth={skew ? 820 : 560}>
      <Table verticalSpacing={6} striped data-testid={testId}>
        <Table.Caption>
          <Text size="xs" c="dimmed" component="span">
            {caption}
          </Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{first}</Table.Th>
            {grades.map((g) => (
              <Table.Th key={g.value} scope="col" ta="end">
                {gradeLabel(g)}
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="end">
              {t('total')}
            </Table.Th>
            {skew ? (
              <>
                <Table.Th scope="col" ta="end">
                  {t('columns.topShare')}
                </Table.Th>
                <Table.Th scope="col">{t('columns.skew')}</Table.Th>
              </>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{rows.map((r) => line(r, false))}</Table.Tbody>
        {footer ? <Table.Tfoot>{line(footer, true)}</Table.Tfoot> : null}
      </Table>
    </Table.ScrollContainer>
  );
}
