import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { User } from '../../../contracts/identity';
import { roles } from '../../app/domain';
import { useFormat } from '../../app/format';
import { usePagedList } from '../../app/queries';
import { useSession } from '../../app/session-context';
import { useUrlParam, useUrlSearch } from '../../app/url-state';
import { FilterSelect } from '../../components/filter-select';
import { StatusBadge } from '../../components/labels';
import { OrganisationSelect } from '../../components/organisation-select';
import { Page } from '../../components/page';
import { PagedTable } from '../../components/paged-table';
import { SearchInput } from '../../components/search-input';

/** People with an account: search by name or email, filter by organisation and role. */
export function UsersPage() {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation();
  const { can } = useSession();
  const format = useFormat();
  const search = useUrlSearch();
  const [organisationId, setOrganisationId] = useUrlParam('organisationId');
  const [role, setRole] = useUrlParam('role');
  const list = usePagedList<User>('users', '/users', { q: search.query, organisationId, role, limit: 50 });
  const filtered = Boolean(search.query || organisationId || role);

  return (
    <Page
      title={t('list.title')}
      actions={
        can('users.manage') ? (
          <Button component={Link} to="/users/invite">
            {t('list.invite')}
          </Button>
        ) : null
      }
    >
      <Group align="flex-end" gap="sm" role="search" aria-label={t('list.filters')}>
        <SearchInput search={search} description={t('list.searchHint')} />
        <OrganisationSelect
          label={t('fields.organisation')}
          placeholder={tc('filters.all')}
          value={organisationId || null}
          onChange={(id) => setOrganisationId(id)}
          w={{ base: '100%', sm: 300 }}
          data-testid="users-organisation-filter"
        />
        <FilterSelect
          label={t('fields.role')}
          value={role}
          onChange={setRole}
          options={roles.map((r) => ({ value: r, label: tc(`roles.${r}`) }))}
        />
      </Group>

      <PagedTable
        list={list}
        filtered={filtered}
        empty={{ title: t('list.empty'), description: t('list.emptyHint') }}
        minWidth={760}
        head={
          <>
            <Table.Th scope="col">{t('fields.name')}</Table.Th>
            <Table.Th scope="col">{t('fields.email')}</Table.Th>
            <Table.Th scope="col">{t('fields.memberships')}</Table.Th>
            <Table.Th scope="col">{t('fields.status')}</Table.Th>
            <Table.Th scope="col">{t('fields.lastLoginAt')}</Table.Th>
          </>
        }
      >
        {(u) => (
          <Table.Tr key={u.id}>
            <Table.Td>
              <Anchor component={Link} to={`/users/${u.id}`} fw={500}>
                {u.name}
              </Anchor>
            </Table.Td>
            <Table.Td style={{ overflowWrap: 'break-word' }}>{u.email}</Table.Td>
            <Table.Td>
              <Stack gap={2}>
                {u.memberships.map((m) => (
                  <Text key={m.id} size="sm">
                    {format.name({ name: m.organisationName, nameLatin: m.organisationNameLatin })}
                    {' · '}
                    {tc(`roles.${m.role}`)}
                  </Text>
                ))}
              </Stack>
            </Table.Td>
            <Table.Td>
              <StatusBadge status={u.status} />
              {!u.hasPassword ? (
                <Text size="xs" c="dimmed">
                  {t('detail.invitationPending')}
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td>{u.lastLoginAt ? format.dateTime(u.lastLoginAt) : t('detail.neverSignedIn')}</Table.Td>
          </Table.Tr>
        )}
      </PagedTable>
    </Page>
  );
}
