import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Membership } from '../../../contracts/identity';
import { useFormat } from '../../app/format';
import { useMe, useSession } from '../../app/session-context';
import { KindBadge, RoleBadge } from '../../components/labels';
import { Page } from '../../components/page';
import { EmptyNotice } from '../../components/query-states';

type OrganisationRoles = { first: Membership; roles: Membership[] };

/** One entry per organisation, with every role held there. */
function byOrganisation(memberships: Membership[]): OrganisationRoles[] {
  const groups = new Map<string, OrganisationRoles>();
  for (const m of memberships) {
    const group = groups.get(m.organisationId);
    if (group) group.roles.push(m);
    else groups.set(m.organisationId, { first: m, roles: [m] });
  }
  return [...groups.values()];
}

/** Start page: whom you work for, in which roles, and where to go next. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const { can } = useSession();
  const format = useFormat();
  const groups = byOrganisation(me.memberships);

  const shortcuts = [
    {
      to: '/organisations',
      label: t('nav.organisations'),
      text: t('home.organisationsHint'),
      ok: can('organisations.read'),
    },
    { to: '/users', label: t('nav.users'), text: t('home.usersHint'), ok: can('users.read') },
    { to: '/audit', label: t('nav.audit'), text: t('home.auditHint'), ok: can('audit.read') },
    { to: '/outbox', label: t('nav.outbox'), text: t('home.outboxHint'), ok: can('outbox.read') },
  ].filter((s) => s.ok);

  return (
    <Page title={t('home.welcome', { name: me.user.name })}>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('home.myOrganisations')}
        </Title>
        {groups.length === 0 ? (
          <EmptyNotice title={t('home.noMemberships')} description={t('home.noMembershipsHint')} />
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {groups.map(({ first, roles }) => {
              const name = format.name({
                name: first.organisationName,
                nameLatin: first.organisationNameLatin,
              });
              return (
                <Card key={first.organisationId} withBorder padding="lg" data-testid="membership-card">
                  <Stack gap="xs">
                    {can('organisations.read') ? (
                      <Anchor component={Link} to={`/organisations/${first.organisationId}`} fw={600}>
                        {name}
                      </Anchor>
                    ) : (
                      <Text fw={600}>{name}</Text>
                    )}
                    <Group gap={6}>
                      <KindBadge kind={first.orgKind} />
                      <Text size="sm" c="dimmed">
                        {t(`countries.${first.countryCode}`, { defaultValue: first.countryCode })}
                      </Text>
                    </Group>
                    <Text size="sm" fw={500} mt="xs">
                      {t('home.rolesHere')}
                    </Text>
                    <Group gap={6}>
                      {roles.map((m) => (
                        <RoleBadge key={m.id} role={m.role} />
                      ))}
                    </Group>
                  </Stack>
                </Card>
              );
            })}
          </SimpleGrid>
        )}
      </Stack>
      {shortcuts.length > 0 ? (
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('home.shortcuts')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
            {shortcuts.map((s) => (
              <Card key={s.to} withBorder padding="lg">
                <Anchor component={Link} to={s.to} fw={600}>
                  {s.label}
                </Anchor>
                <Text size="sm" c="dimmed" mt={4}>
                  {s.text}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
        </Stack>
      ) : null}
    </Page>
  );
}
