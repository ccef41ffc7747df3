import { Group, Pagination, Table, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRowError } from '../../../contracts/employee-import';
import { useFormat } from '../../app/format';
import { FilterSelect } from '../../components/filter-select';

const pageSize = 25;
type SortKey = 'row' | 'column';
type Sort = { key: SortKey; ascending: boolean };

/** Sorting by column keeps the rows in order within one column. */
function compare(sort: Sort, columnOf: (e: ImportRowError) => string, collator: Intl.Collator) {
  return (a: ImportRowError, b: ImportRowError) => {
    const primary = sort.key === 'row' ? a.row - b.row : collator.compare(columnOf(a), columnOf(b));
    const result = primary !== 0 ? primary : a.row - b.row;
    return sort.ascending ? result : -result;
  };
}

/** The rows the server refused: filter by column, sort by row or column, page through up to 500. */
export function ImportErrorsTable({ errors }: { errors: ImportRowError[] }) {
  const { t } = useTranslation('import');
  const format = useFormat();
  const [column, setColumn] = useState<string | null>(null);
  const [sort, setSort] = useState<Sort>({ key: 'row', ascending: true });
  const [page, setPage] = useState(1);
  const columnOf = (e: ImportRowError) => e.column ?? t(`fields.${e.field}`);
  const collator = new Intl.Collator(format.locale);
  const columns = [...new Set(errors.map(columnOf))].sort(collator.compare);
  const shown = errors
    .filter((e) => !column || columnOf(e) === column)
    .sort(compare(sort, columnOf, collator));
  const pages = Math.max(1, Math.ceil(shown.length / pageSize));
  const current = Math.min(page, pages);
  const visible = shown.slice((current - 1) * pageSize, current * pageSize);

  const sortBy = (key: SortKey) => {
    setSort((s) => ({ key, ascending: s.key === key ? !s.ascending : true }));
    setPage(1);
  };
  const header = (key: SortKey, label: string) => (
    <Table.Th
      scope="col"
      aria-sort={sort.key === key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
    >
      <UnstyledButton onClick={() => sortBy(key)} fw={700} fz="sm">
        {label} {sort.key === key ? (sort.ascending ? '▲' : '▼') : ''}
      </UnstyledButton>
    </Table.Th>
  );

  return (
    <>
      <Group align="flex-end" gap="sm">
        <FilterSelect
          label={t('preview.filterColumn')}
          value={column}
          onChange={(v) => {
            setColumn(v);
            setPage(1);
          }}
          options={columns.map((c) => ({ value: c, label: c }))}
        />
        <Text size="sm" c="dimmed" role="status">
          {t('preview.errorsShown', { shown: format.number(shown.length) })}
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={560}>
        <Table striped verticalSpacing="xs" data-testid="import-errors">
          <Table.Thead>
            <Table.Tr>
              {header('row', t('preview.row'))}
              {header('column', t('preview.column'))}
              <Table.Th scope="col">{t('preview.message')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {visible.map((e) => (
              <Table.Tr key={`${e.row}-${e.field}`}>
                <Table.Td>{format.number(e.row)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{columnOf(e)}</Text>
                  {e.column ? (
                    <Text size="xs" c="dimmed">
                      {t(`fields.${e.field}`)}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>{e.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 ? (
        <Pagination
          total={pages}
          value={current}
          onChange={setPage}
          size="sm"
          getControlProps={(control) => ({
            'aria-label': control === 'previous' ? t('preview.previousPage') : t('preview.nextPage'),
          })}
          getItemProps={(p) => ({ 'aria-label': t('preview.page', { page: p }) })}
        />
      ) : null}
    </>
  );
}
