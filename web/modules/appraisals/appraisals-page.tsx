import { SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { canOn } from '../../app/access';
import { useOrganisationScope } from '../../app/organisation-scope';
import { useMe } from '../../app/session-context';
import { useUrlParam } from '../../app/url-state';
import { OrganisationHeading } from '../../components/organisation-heading';
import { Page } from '../../components/page';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
import { useCycles, useHasAppraisals } from './appraisals-queries';
import { CycleAppraisals } from './cycle-appraisals';
import { CycleCard } from './cycle-card';
import { OpenCycleForm } from './open-cycle-form';
import { RoleAppraisals } from './role-appraisals';

/**
 * The yearly appraisal: the HR officer runs the years of a municipality (open, deadlines, reminders,
 * raters, close) and follows every appraisal; a manager sees those they rate; everyone their own.
 */
export function AppraisalsPage() {
  const { t } = useTranslation('appraisals');
  const me = useMe();
  const scope = useOrganisationScope('appraisals.read', 'appraisals.manage');
  const { organisationId, organisation, canManage } = scope;
  const canRate = organisation.data
    ? canOn(me, 'appraisals.rate', {
        organisationId: organisation.data.id,
        countryCode: organisation.data.countryCode,
      })
    : false;
  const rates = useHasAppraisals('rater', canRate && canManage);
  const appraised = useHasAppraisals('official', !scope.selfOnly);
  // The HR officer's own lists appear only when they hold something; a manager always sees whom they rate.
  const views: View[] = [
    ...(canManage ? (['years'] as const) : []),
    ...(canRate && (!canManage || rates) ? (['rater'] as const) : []),
    ...(scope.selfOnly || appraised || (!canManage && !canRate) ? (['official'] as const) : []),
  ];
  const [viewParam, setView] = useUrlParam('view');
  const view = views.find((v) => v === viewParam) ?? views[0];
  const content = (v: View, id: string) =>
    v === 'years' ? (
      <Cycles organisationId={id} />
    ) : (
      <RoleAppraisals list={v} organisationId={id} countryCode={organisation.data?.countryCode} />
    );

  return (
    <Page title={scope.selfOnly ? t('list.ownTitle') : t('list.title')}>
      {scope.selfOnly ? (
        <Text c="dimmed" size="sm" maw={800}>
          {t('list.ownIntro')}
        </Text>
      ) : (
        <OrganisationHeading
          scope={scope}
          label={t('list.organisation')}
          placeholder={t('list.chooseOrganisation')}
          intro={(name) => t('list.intro', { organisation: name })}
          testId="appraisals-organisation"
        />
      )}
      {!organisationId || !view ? (
        <EmptyNotice title={t('list.noOrganisation')} description={t('list.noOrganisationHint')} />
      ) : views.length === 1 ? (
        content(view, organisationId)
      ) : (
        <Tabs value={view} onChange={(v) => setView(v)} keepMounted={false}>
          <Tabs.List mb="md">
            {views.map((v) => (
              <Tabs.Tab key={v} value={v} data-testid={`appraisals-tab-${v}`}>
                {t(`list.tabs.${v}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {views.map((v) => (
            <Tabs.Panel key={v} value={v}>
              {content(v, organisationId)}
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </Page>
  );
}

type View = 'years' | 'rater' | 'official';

/** The HR officer's years: open one, follow each, and the appraisals of the year selected. */
function Cycles({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('appraisals');
  const cycles = useCycles(organisationId);
  const [cycleParam, setCycleId] = useUrlParam('cycleId');
  const items = cycles.data?.items ?? [];
  // The newest year unless another was chosen (the list comes newest first).
  const selected = items.find((c) => c.id === cycleParam) ?? items[0];

  return (
    <Stack gap="md">
      <Stack gap="sm" component="section" aria-labelledby="appraisal-years-title">
        <Title order={2} size="h3" id="appraisal-years-title">
          {t('list.years')}
        </Title>
        <Text size="sm" c="dimmed" maw={800}>
          {t('open.explanation')}
        </Text>
        <OpenCycleForm organisationId={organisationId} onOpened={(cycle) => setCycleId(cycle.id)} />
        {cycles.isPending ? (
          <LoadingState />
        ) : cycles.isError ? (
          <ErrorState error={cycles.error} onRetry={() => void cycles.refetch()} />
        ) : items.length === 0 ? (
          <EmptyNotice title={t('list.noCycles')} description={t('list.noCyclesHint')} />
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {items.map((cycle) => (
              <CycleCard
                key={cycle.id}
                cycle={cycle}
                selected={cycle.id === selected?.id}
                onSelect={() => setCycleId(cycle.id)}
              />
            ))}
          </SimpleGrid>
        )}
      </Stack>
      {selected ? <CycleAppraisals key={selected.id} cycle={selected} /> : null}
    </Stack>
  );
}
