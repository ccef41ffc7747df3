import { Anchor, Button, Group, NumberInput, Stack, Table, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { HrPlanDetail } from '../../../contracts/hr-plans';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { useOrganisationScope } from '../../app/organisation-scope';
import { notifySuccess, reportError } from '../../app/problems';
import { OrganisationHeading } from '../../components/organisation-heading';
import { Page } from '../../components/page';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
import { HrPlanStatusBadge } from './hr-plan-status-badge';
import { useHrPlans, useRefreshHrPlans } from './hr-plans-queries';

const nextYear = new Date().getFullYear() + 1;

/** The yearly HR plans of one municipality, and a draft generated for a chosen year. */
export function HrPlansPage() {
  const { t } = useTranslation('hr-plans');
  const format = useFormat();
  const navigate = useNavigate();
  const refresh = useRefreshHrPlans();
  const scope = useOrganisationScope('hr-plans.read', 'hr-plans.manage');
  const { organisationId, canManage } = scope;
  const plans = useHrPlans(organisationId);
  const items = plans.data?.items ?? [];
  const [year, setYear] = useState<number>(nextYear);
  const generate = useMutation({
    mutationFn: () => api.post<HrPlanDetail>('/hr-plans', { organisationId, year }),
    onSuccess: async (plan) => {
      await refresh();
      notifySuccess(t('generate.done', { year: plan.year }));
      void navigate(`/hr-plans/${plan.id}`);
    },
    onError: (error) => reportError(error),
  });

  const generator = canManage ? (
    <Group gap="sm" align="flex-end">
      <NumberInput
        label={t('fields.year')}
        value={year}
        onChange={(v) => typeof v === 'number' && setYear(v)}
        min={2000}
        max={2100}
        w={110}
        data-testid="hr-plan-year"
      />
      <Button onClick={() => generate.mutate()} loading={generate.isPending}>
        {t('list.generate', { year })}
      </Button>
    </Group>
  ) : null;

  return (
    <Page title={t('list.title')}>
      <OrganisationHeading
        scope={scope}
        label={t('fields.organisation')}
        placeholder={t('list.chooseOrganisation')}
        intro={(organisation) => t('list.intro', { organisation })}
        testId="hr-plans-organisation"
      />
      {!organisationId ? (
        <EmptyNotice title={t('list.noOrganisation')} description={t('list.noOrganisationHint')} />
      ) : plans.isPending ? (
        <LoadingState />
      ) : plans.isError ? (
        <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />
      ) : (
        <Stack gap="md">
          {generator ? <Text size="sm">{t('generate.explanation')}</Text> : null}
          {generator}
          {items.length === 0 ? (
            <EmptyNotice
              title={t('list.empty')}
              description={canManage ? t('list.emptyHint') : t('list.emptyHintReader')}
            />
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('fields.year')}</Table.Th>
                    <Table.Th>{t('fields.status')}</Table.Th>
                    <Table.Th>{t('fields.actNumber')}</Table.Th>
                    <Table.Th ta="right">{t('columns.positions')}</Table.Th>
                    <Table.Th ta="right">{t('fields.planned')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>
                        <Anchor
                          component={Link}
                          to={`/hr-plans/${p.id}`}
                          aria-label={t('list.open', { year: p.year })}
                        >
                          {p.year}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <HrPlanStatusBadge status={p.status} />
                      </Table.Td>
                      <Table.Td>{p.actNumber ?? '—'}</Table.Td>
                      <Table.Td ta="right">{format.number(p.totals.positions)}</Table.Td>
                      <Table.Td ta="right">
                        {format.number(
                          p.totals.plannedPermanent + p.totals.plannedFixedTerm + p.totals.plannedTrainees,
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      )}
    </Page>
  );
}
