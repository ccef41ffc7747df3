import { Anchor, Button, Card, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { canOn } from '../../app/access';
import { useFormat } from '../../app/format';
import { useCountries, useOrganisation } from '../../app/queries';
import { useMe } from '../../app/session-context';
import { DetailList } from '../../components/detail-list';
import { KindBadge } from '../../components/labels';
import { Page } from '../../components/page';
import { ErrorState, LoadingState } from '../../components/query-states';
import { OrgUnitTree } from './org-unit-tree';
import { findRegion } from './organisation-helpers';

/** One organisation: its details, links to its people and history, and its unit tree. */
export function OrganisationDetailPage() {
  const { t } = useTranslation('organisations');
  const { t: tc } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const format = useFormat();
  const organisation = useOrganisation(id);
  const countries = useCountries();
  const back = { to: '/organisations', label: t('list.title') };

  if (organisation.isPending) {
    return (
      <Page title={t('detail.loadingTitle')} back={back}>
        <LoadingState />
      </Page>
    );
  }
  if (organisation.isError) {
    return (
      <Page title={t('detail.loadingTitle')} back={back}>
        <ErrorState error={organisation.error} onRetry={() => void organisation.refetch()} />
      </Page>
    );
  }
  const o = organisation.data;
  const region = findRegion(countries.data?.items, o.countryCode, o.regionCode);
  const target = { organisationId: o.id, countryCode: o.countryCode };
  const can = (p: Parameters<typeof canOn>[1]) => canOn(me, p, target);
  const otherScript = format.name(o) === o.name ? o.nameLatin : o.name;

  return (
    <Page
      title={format.name(o)}
      back={back}
      actions={
        <>
          {can('users.read') ? (
            <Button variant="default" component={Link} to={`/users?organisationId=${o.id}`}>
              {t('detail.users')}
            </Button>
          ) : null}
          {can('audit.read') ? (
            <Button variant="default" component={Link} to={`/audit?organisationId=${o.id}`}>
              {t('detail.history')}
            </Button>
          ) : null}
          {can('organisations.manage') ? (
            <Button component={Link} to={`/organisations/${o.id}/edit`}>
              {tc('actions.edit')}
            </Button>
          ) : null}
        </>
      }
    >
      <Card withBorder padding="lg">
        <DetailList
          items={[
            { label: t('fields.kind'), value: <KindBadge kind={o.kind} /> },
            ...(o.bodyRole ? [{ label: t('fields.bodyRole'), value: tc(`bodyRoles.${o.bodyRole}`) }] : []),
            {
              label: otherScript === o.nameLatin ? t('fields.nameLatin') : t('fields.name'),
              value: otherScript !== format.name(o) ? otherScript : '—',
            },
            {
              label: t('fields.country'),
              value: tc(`countries.${o.countryCode}`, { defaultValue: o.countryCode }),
            },
            { label: t('fields.region'), value: region ? format.name(region) : '—' },
            { label: t('fields.registryCode'), value: o.registryCode ?? '—' },
            {
              label: t('fields.email'),
              value: o.email ? <Anchor href={`mailto:${o.email}`}>{o.email}</Anchor> : '—',
            },
            {
              label: t('fields.website'),
              value: o.website ? (
                <Anchor href={o.website} target="_blank" rel="noopener noreferrer">
                  {o.website}
                </Anchor>
              ) : (
                '—'
              ),
            },
            { label: t('fields.updatedAt'), value: format.dateTime(o.updatedAt) },
          ]}
        />
      </Card>
      {can('org-units.read') ? (
        <Card withBorder padding="lg">
          <Stack>
            <OrgUnitTree organisation={o} canManage={can('org-units.manage')} />
          </Stack>
        </Card>
      ) : null}
    </Page>
  );
}
