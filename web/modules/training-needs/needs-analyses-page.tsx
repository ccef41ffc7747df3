import { Anchor, Badge, Button, Group, NumberInput, Stack, Table, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { NeedsAnalysis } from '../../../contracts/needs-analyses';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { useOrganisationScope } from '../../app/organisation-scope';
import { notifySuccess, reportError } from '../../app/problems';
import { OrganisationHeading } from '../../components/organisation-heading';
import { Page } from '../../components/page';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
import { useNeedsAnalyses, useRefreshNeeds } from './needs-queries';

const nextYear = new Date().getFullYear() + 1;

/** A municipality's training needs analyses, one per year, and a new one for a chosen year. */
export function NeedsAnalysesPage() {
  const { t } = useTranslation('training-needs');
  const format = useFormat();
  const navigate = useNavigate();
  const refresh = useRefreshNeeds();
  const scope = useOrganisationScope('learning.manage', 'learning.manage');
  const { organisationId, canManage } = scope;
  const analyses = useNeedsAnalyses(organisationId);
  const items = analyses.data?.items ?? [];
  const [year, setYear] = useState<number>(nextYear);
  const start = useMutation({
    mutationFn: () => api.post<NeedsAnalysis>('/needs-analyses', { organisationId, year }),
    onSuccess: async (analysis) => {
      await refresh();
      notifySuccess(t('list.started', { year: analysis.year }));
      void navigate(`/training-needs/${analysis.id}`);
    },
    onError: (error) => reportError(error),
  });

  return (
    <Page title={t('list.title')}>
      <OrganisationHeading
        scope={scope}
        label={t('fields.organisation')}
        placeholder={t('list.chooseOrganisation')}
        intro={(organisation) => t('list.intro', { organisation })}
        testId="needs-organisation"
      />
      {!organisationId ? (
        <EmptyNotice title={t('list.noOrganisation')} />
      ) : analyses.isPending ? (
        <LoadingState />
      ) : analyses.isError ? (
        <ErrorState error={analyses.error} onRetry={() => void analyses.refetch()} />
      ) : (
        <Stack gap="md">
          {canManage ? (
            <Group gap="sm" align="flex-end">
              <NumberInput
                label={t('fields.year')}
                value={year}
                onChange={(v) => typeof v === 'number' && setYear(v)}
                min={2000}
                max={2100}
                w={110}
              />
              <Button onClick={() => start.mutate()} loading={start.isPending} data-testid="start-analysis">
                {t('list.start', { year })}
              </Button>
            </Group>
          ) : null}
          {items.length === 0 ? (
            <EmptyNotice title={t('list.empty')} description={t('list.emptyHint')} />
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('fields.year')}</Table.Th>
                    <Table.Th>{t('fields.status')}</Table.Th>
                    <Table.Th>{t('fields.survey')}</Table.Th>
                    <Table.Th ta="right">{t('fields.answered')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td>
                        <Anchor
                          component={Link}
                          to={`/training-needs/${a.id}`}
                          aria-label={t('list.open', { year: a.year })}
                        >
                          {a.year}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={a.status === 'open' ? 'blue' : 'gray'}>
                          {t(`status.${a.status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {a.surveyOpensOn && a.surveyClosesOn
                          ? `${format.date(a.surveyOpensOn)} – ${format.date(a.surveyClosesOn)}`
                          : t('survey.notOpened')}
                      </Table.Td>
                      <Table.Td ta="right">
                        <Text size="sm">
                          {t('survey.answeredOf', { answered: a.surveyAnswered, invited: a.surveyInvited })}
                        </Text>
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
