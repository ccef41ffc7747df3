import { Anchor, Button, Group, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Organisation } from '../../../contracts/organisations';
import { orgKinds } from '../../app/domain';
import { useFormat } from '../../app/format';
import { useCountries, usePagedList } from '../../app/queries';
import { useSession } from '../../app/session-context';
import { useUrlParam, useUrlSearch } from '../../app/url-state';
import { KindBadge } from '../../components/labels';
import { LoadMoreButton } from '../../components/load-more-button';
import { Page } from '../../components/page';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
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
        <TextInput
          label={tc('actions.search')}
          description={t('list.searchHint')}
          type="search"
          value={search.text}
          onChange={(e) => search.setText(e.currentTarget.value)}
          w={{ base: '100%', sm: 320 }}
        />
        <NativeSelect
          label={t('fields.country')}
          w={{ base: '100%', sm: 'auto' }}
          value={country}
          onChange={(e) => setCountry(e.currentTarget.value || null)}
          data={[
            { value: '', label: tc('filters.all') },
            ...(countries.data?.items ?? []).map((c) => ({
              value: c.code,
              label: tc(`countries.${c.code}`, { defaultValue: format.name(c) }),
            })),
          ]}
        />
        <NativeSelect
          label={t('fields.kind')}
          w={{ base: '100%', sm: 'auto' }}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value || null)}
          data={[
            { value: '', label: tc('filters.all') },
            ...orgKinds.map((k) => ({ value: k, label: tc(`orgKinds.${k}`) })),
          ]}
        />
      </Group>

      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.items.length === 0 ? (
        <EmptyNotice
          title={filtered ? tc('states.noMatches') : t('list.empty')}
          description={filtered ? tc('states.noMatchesHint') : t('list.emptyHint')}
        />
      ) : (
        <>
          <Table.ScrollContainer minWidth={720}>
            <Table striped highlightOnHover verticalSpacing="sm" aria-busy={list.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('fields.name')}</Table.Th>
                  <Table.Th scope="col">{t('fields.kind')}</Table.Th>
                  <Table.Th scope="col">{t('fields.country')}</Table.Th>
                  <Table.Th scope="col">{t('fields.region')}</Table.Th>
                  <Table.Th scope="col">{t('fields.registryCode')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.items.map((o) => {
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
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMoreButton query={list} />
        </>
      )}
    </Page>
  );
}
