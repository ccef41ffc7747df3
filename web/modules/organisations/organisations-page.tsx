import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Organisation } from '../../../contracts/organisations';
import { orgKinds } from '../../app/domain';
import { useFormat } from '../../app/format';
import { useCountries, usePagedList } from '../../app/queries';
import { useSession } from '../../app/session-context';
import { useUrlParam, useUrlSearch } from '../../app/url-state';
import { FilterSelect } from '../../components/filter-select';
import { KindBadge } from '../../components/labels';
import { Page } from '../../components/page';
import { PagedTable } from '../../components/paged-table';
import { SearchInput } from '../../components/search-input';
import { findRegion } from './organisation-helpers';

/** All organisations the person may see: search in either script, filter by country and kind. */
export function OrganisationsPage() {
  const { t } = useTranslation('organisations');
  const { t: tc } = useTranslation();
  const { can } = useSession();
  const format = useFormat();
  const search = useUrlSearch();
  const [country, setCountry] = useUrlParam('country');
  const [kind, setKind] = useUrlParam('kind');
  const countries = useCountries();
  const list = usePagedList<Organisation>('organisations', '/organisations', {
    q: search.query,
    country,
    kind,
    limit: 50,
  });
  const filtered = Boolean(search.query || country || kind);

  return (
    <Page
      title={t('list.title')}
      actions={
        can('organisations.manage') ? (
          <Button component={Link} to="/organisations/new">
            {t('list.create')}
          </Button>
        ) : null
      }
    >
      <Group align="flex-end" gap="sm" role="search" aria-label={t('list.filters')}>
        <SearchInput search={search} description={t('list.searchHint')} />
        <FilterSelect
          label={t('fields.country')}
          value={country}
          onChange={setCountry}
          options={(countries.data?.items ?? []).map((c) => ({
            value: c.code,
            label: tc(`countries.${c.code}`, { defaultValue: format.name(c) }),
          }))}
        />
        <FilterSelect
          label={t('fields.kind')}
          value={kind}
          onChange={setKind}
          options={orgKinds.map((k) => ({ value: k, label: tc(`orgKinds.${k}`) }))}
        />
      </Group>

      <PagedTable
        list={list}
        filtered={filtered}
        empty={{ title: t('list.empty'), description: t('list.emptyHint') }}
        minWidth={720}
        head={
          <>
            <Table.Th scope="col">{t('fields.name')}</Table.Th>
            <Table.Th scope="col">{t('fields.kind')}</Table.Th>
            <Table.Th scope="col">{t('fields.country')}</Table.Th>
            <Table.Th scope="col">{t('fields.region')}</Table.Th>
            <Table.Th scope="col">{t('fields.registryCode')}</Table.Th>
          </>
        }
      >
        {(o) => {
          const region = findRegion(countries.data?.items, o.countryCode, o.regionCode);
          return (
            <Table.Tr key={o.id}>
              <Table.Td>
                <Anchor component={Link} to={`/organisations/${o.id}`} fw={500}>
                  {format.name(o)}
                </Anchor>
                {o.bodyRole ? (
                  <Text size="xs" c="dimmed">
                    {tc(`bodyRoles.${o.bodyRole}`)}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <KindBadge kind={o.kind} />
              </Table.Td>
              <Table.Td>{tc(`countries.${o.countryCode}`, { defaultValue: o.countryCode })}</Table.Td>
              <Table.Td>{region ? format.name(region) : '—'}</Table.Td>
              <Table.Td>{o.registryCode ?? '—'}</Table.Td>
            </Table.Tr>
          );
        }}
      </PagedTable>
    </Page>
  );
}
