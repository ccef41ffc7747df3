import { Anchor, Button, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { type ContractType, contractTypes, type EmployeeListItem } from '../../../contracts/people';
import { type PositionCategory, positionCategories } from '../../../contracts/positions';
import { useDownload } from '../../app/download';
import { useOrgUnits, usePagedList } from '../../app/queries';
import { useUrlParam, useUrlSearch } from '../../app/url-state';
import { FilterSelect } from '../../components/filter-select';
import { OrganisationSelect } from '../../components/organisation-select';
import { Page } from '../../components/page';
import { PagedTable } from '../../components/paged-table';
import { SearchInput } from '../../components/search-input';
import { usePackLabels } from '../positions/positions-labels';
import { usePeoplePack } from '../positions/positions-queries';
import { useUnitNames, useUnitOptions } from '../positions/unit-options';
import { ColumnsPicker } from './columns-picker';
import { useDirectoryCells } from './directory-cells';
import { directoryColumns, exportColumnsOf, useDirectoryColumns } from './directory-columns';
import { PendingCorrections } from './pending-corrections';
import { EmployeeStatusBadge, usePersonNames } from './people-labels';
import { employeesKey, usePeopleOrganisation } from './people-queries';

/**
 * The personnel directory: search by name in either script, filter by unit, category, title,
 * contract and status (active by default). An employee sees only their own file and goes straight to it.
 */
export function EmployeesPage() {
  const { t } = useTranslation('people');
  const { t: tc } = useTranslation();
  const names = usePersonNames();
  const scope = usePeopleOrganisation();
  const search = useUrlSearch();
  const [orgUnitId, setOrgUnitId] = useUrlParam('orgUnitId');
  const [category, setCategory] = useUrlParam('category');
  const [titleCode, setTitleCode] = useUrlParam('titleCode');
  const [contractType, setContractType] = useUrlParam('contractType');
  // No status in the address means active people; "all" is stated explicitly.
  const [statusParam, setStatusParam] = useUrlParam('status');
  const status = statusParam === 'all' ? null : statusParam || 'active';
  const exporting = useDownload();
  const [columns, setColumns] = useDirectoryColumns();
  const pack = usePeoplePack(scope.organisation.data?.countryCode);
  const labels = usePackLabels(pack);
  const units = useOrgUnits(scope.organisationId, !scope.selfOnly).data?.items ?? [];
  const unitOptions = useUnitOptions(units);
  const unitName = useUnitNames(units);
  const cells = useDirectoryCells(labels, unitName);
  const filters = {
    organisationId: scope.organisationId,
    q: search.query,
    orgUnitId,
    category,
    titleCode,
    contractType,
    status,
  };
  const list = usePagedList<EmployeeListItem>(
    employeesKey,
    '/employees',
    { ...filters, limit: 50 },
    Boolean(scope.organisationId) || scope.picks,
  );
  const filtered = Boolean(search.query || orgUnitId || category || titleCode || contractType || statusParam);

  const only = list.items[0];
  if (scope.selfOnly && !filtered && only && list.items.length === 1 && !list.hasNextPage)
    return <Navigate to={`/employees/${only.id}`} replace />;

  const titleOptions = (pack?.titles ?? [])
    .filter((x) => !category || x.category === category)
    .map((x) => ({ value: x.code, label: labels.title(x.code) }));
  const exportList = () => {
    const params = Object.fromEntries(
      Object.entries(filters).filter((e): e is [string, string] => Boolean(e[1])),
    );
    void exporting.download('/employees/export', { ...params, columns: exportColumnsOf(columns) });
  };

  return (
    <Page
      title={t('list.title')}
      actions={
        <>
          {scope.canManage && scope.organisationId ? (
            <PendingCorrections organisationId={scope.organisationId} />
          ) : null}
          {scope.selfOnly ? null : (
            <ColumnsPicker
              value={columns}
              onChange={setColumns}
              options={directoryColumns.map((c) => ({ value: c, label: cells[c].label }))}
            />
          )}
          {!scope.selfOnly && list.items.length > 0 ? (
            <Button variant="default" loading={exporting.busy !== null} onClick={exportList}>
              {t('list.export')}
            </Button>
          ) : null}
          {scope.canManage ? (
            <>
              <Button component={Link} to="/employees/import" variant="default">
                {t('list.import')}
              </Button>
              <Button component={Link} to="/employees/new">
                {t('list.new')}
              </Button>
            </>
          ) : null}
        </>
      }
    >
      {scope.selfOnly ? null : (
        <Group align="flex-end" gap="sm" role="search" aria-label={t('list.filters')}>
          <SearchInput search={search} description={t('list.searchHint')} />
          {scope.picks ? (
            <OrganisationSelect
              label={t('fields.organisation')}
              placeholder={tc('filters.all')}
              value={scope.organisationId}
              onChange={(id) => {
                scope.setOrganisationId(id);
                setOrgUnitId(null);
                setTitleCode(null);
              }}
              w={{ base: '100%', sm: 300 }}
            />
          ) : null}
          {units.length > 0 ? (
            <FilterSelect
              label={t('fields.unit')}
              value={orgUnitId}
              onChange={setOrgUnitId}
              options={unitOptions}
            />
          ) : null}
          <FilterSelect
            label={t('fields.category')}
            value={category}
            onChange={(value) => {
              setCategory(value);
              setTitleCode(null);
            }}
            options={positionCategories.map((c: PositionCategory) => ({
              value: c,
              label: labels.category(c),
            }))}
          />
          {titleOptions.length > 0 ? (
            <FilterSelect
              label={t('fields.title')}
              value={titleCode}
              onChange={setTitleCode}
              options={titleOptions}
            />
          ) : null}
          <FilterSelect
            label={t('fields.contractType')}
            value={contractType}
            onChange={setContractType}
            options={contractTypes.map((c: ContractType) => ({ value: c, label: t(`contracts.${c}`) }))}
          />
          <FilterSelect
            label={t('fields.status')}
            value={status}
            onChange={(value) => setStatusParam(value === 'active' ? null : (value ?? 'all'))}
            options={[
              { value: 'active', label: t('status.active') },
              { value: 'left', label: t('status.left') },
            ]}
          />
        </Group>
      )}

      <PagedTable
        list={list}
        filtered={filtered}
        empty={
          scope.selfOnly
            ? { title: t('list.emptySelf'), description: t('list.emptySelfHint') }
            : {
                title: t('list.empty'),
                description: scope.canManage ? t('list.emptyHintManage') : t('list.emptyHint'),
              }
        }
        minWidth={240 + 150 * columns.length}
        head={
          <>
            <Table.Th scope="col">{t('fields.name')}</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c} scope="col">
                {cells[c].label}
              </Table.Th>
            ))}
          </>
        }
      >
        {(e) => (
          <Table.Tr key={e.id} data-testid="employee-row">
            <Table.Td>
              <Anchor component={Link} to={`/employees/${e.id}`} fw={500}>
                {names.sorted(e)}
              </Anchor>
              {e.status === 'left' && !columns.includes('status') ? (
                <div>
                  <EmployeeStatusBadge status={e.status} />
                </div>
              ) : null}
            </Table.Td>
            {columns.map((c) => (
              <Table.Td key={c}>{cells[c].cell(e)}</Table.Td>
            ))}
          </Table.Tr>
        )}
      </PagedTable>
    </Page>
  );
}
