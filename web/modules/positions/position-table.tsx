import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../../contracts/organisations';
import { type Position, positionCategories, type Systematisation } from '../../../contracts/positions';
import { useFormat } from '../../app/format';
import { usePagedList } from '../../app/queries';
import { useUrlParam, useUrlSearch } from '../../app/url-state';
import { FilterSelect } from '../../components/filter-select';
import { PagedTable } from '../../components/paged-table';
import { SearchInput } from '../../components/search-input';
import type { usePackLabels } from './positions-labels';
import { useUnitNames, useUnitOptions } from './unit-options';

export type PositionAction = { kind: 'view' | 'edit' | 'delete'; position: Position };

type Props = {
  version: Systematisation;
  units: OrgUnit[];
  labels: ReturnType<typeof usePackLabels>;
  /** Whether positions may be added, changed and removed (a draft and the right to manage). */
  editable: boolean;
  onAction: (action: PositionAction) => void;
};

/** The positions of one version: filter by unit and category, search by name or number, load more. */
export function PositionTable({ version, units, labels, editable, onAction }: Props) {
  const { t } = useTranslation('positions');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const search = useUrlSearch();
  const [orgUnitId, setOrgUnitId] = useUrlParam('unit');
  const [category, setCategory] = useUrlParam('category');
  const unitOptions = useUnitOptions(units);
  const unitName = useUnitNames(units);
  const list = usePagedList<Position>('positions', '/positions', {
    systematisationId: version.id,
    orgUnitId,
    category,
    q: search.query,
    limit: 50,
  });
  const filtered = Boolean(search.query || orgUnitId || category);
  const editableHint = editable ? t('positions.emptyHintDraft') : t('positions.emptyHint');

  return (
    <>
      <Group align="flex-end" gap="sm" role="search" aria-label={t('positions.filters')}>
        <SearchInput search={search} description={t('positions.searchHint')} />
        <FilterSelect
          label={t('fields.unit')}
          value={orgUnitId}
          onChange={setOrgUnitId}
          options={unitOptions}
        />
        <FilterSelect
          label={t('fields.category')}
          value={category}
          onChange={setCategory}
          options={positionCategories.map((c) => ({ value: c, label: labels.category(c) }))}
        />
      </Group>
      <PagedTable
        list={list}
        filtered={filtered}
        empty={{ title: t('positions.empty'), description: editableHint }}
        minWidth={editable ? 1000 : 900}
        head={
          <>
            <Table.Th scope="col">{t('fields.code')}</Table.Th>
            <Table.Th scope="col">{t('fields.name')}</Table.Th>
            <Table.Th scope="col">{t('fields.unit')}</Table.Th>
            <Table.Th scope="col">{t('fields.category')}</Table.Th>
            <Table.Th scope="col">{t('fields.title')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('fields.executors')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('fields.occupied')}
            </Table.Th>
            {editable ? <Table.Th scope="col">{tc('table.actions')}</Table.Th> : null}
          </>
        }
      >
        {(p) => {
          const name = format.name(p);
          return (
            <Table.Tr key={p.id} data-testid="position-row">
              <Table.Td>{p.code ?? '—'}</Table.Td>
              <Table.Td>
                <Anchor
                  component="button"
                  type="button"
                  fw={500}
                  ta="start"
                  onClick={() => onAction({ kind: 'view', position: p })}
                >
                  {name}
                </Anchor>
              </Table.Td>
              <Table.Td>{unitName(p.orgUnitId)}</Table.Td>
              <Table.Td>{labels.category(p.category)}</Table.Td>
              <Table.Td>{labels.title(p.titleCode)}</Table.Td>
              <Table.Td ta="end">{format.number(p.executors)}</Table.Td>
              <Table.Td ta="end">
                <Text span size="sm" c={p.occupied > p.executors ? 'red.8' : undefined}>
                  {format.number(p.occupied)}
                </Text>
              </Table.Td>
              {editable ? (
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      aria-label={t('position.editLabel', { name })}
                      onClick={() => onAction({ kind: 'edit', position: p })}
                    >
                      {tc('actions.edit')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red.8"
                      aria-label={t('position.deleteLabel', { name })}
                      onClick={() => onAction({ kind: 'delete', position: p })}
                    >
                      {t('position.delete')}
                    </Button>
                  </Group>
                </Table.Td>
              ) : null}
            </Table.Tr>
          );
        }}
      </PagedTable>
    </>
  );
}
