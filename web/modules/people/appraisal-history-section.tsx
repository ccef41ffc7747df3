import { Alert, Anchor, Badge, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import type {
  AppraisalStatus,
  AppraisalSummary,
  promotionCandidateSchema,
  TrainingNeed,
} from '../../../contracts/appraisals';
import type { Page } from '../../../contracts/common';
import type { Organisation } from '../../../contracts/organisations';
import type { Employee } from '../../../contracts/people';
import { packLabel } from '../../../contracts/positions';
import { canOn } from '../../app/access';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { useOrganisation } from '../../app/queries';
import { useMe } from '../../app/session-context';
import { ErrorState, LoadingState } from '../../components/query-states';
import { AppraisalStatusBadge } from '../appraisals/appraisal-labels';
import { gradeLabel } from '../appraisals/appraisal-scale';
import { useAppraisalRules } from '../competencies/competencies-queries';
import { FileSection, RecordTable } from './file-section';

/** The appraisals of a file, for whoever may read them (the official themself, their rater, HR). */
export function AppraisalHistorySection({ employee }: { employee: Employee }) {
  const me = useMe();
  const organisation = useOrganisation(employee.organisationId);
  const o = organisation.data;
  const target = o ? { organisationId: o.id, countryCode: o.countryCode } : null;
  if (!target || !o || !canOn(me, 'appraisals.read', target)) return null;
  return <History employee={employee} organisation={o} hr={canOn(me, 'appraisals.manage', target)} />;
}

const decided = new Set<AppraisalStatus>(['finalised', 'appealed', 'closed']);
type PromotionCandidate = z.infer<typeof promotionCandidateSchema>;
type Props = { employee: Employee; organisation: Organisation; hr: boolean };

function History({ employee, organisation, hr }: Props) {
  const { t } = useTranslation('competencies');
  const format = useFormat();
  const rules = useAppraisalRules(organisation.countryCode);
  const appraisals = useQuery({
    // Under the appraisals prefix, so a change made on an appraisal refreshes the file too.
    queryKey: ['appraisals', 'history', employee.id],
    queryFn: () => api.get<Page<AppraisalSummary>>('/appraisals', { employeeId: employee.id, limit: 200 }),
  });
  // Promotion proposals are the HR office's working list, not shown to the official or the rater.
  const promotions = useQuery({
    queryKey: ['appraisal-promotions', organisation.id],
    queryFn: () =>
      api.get<{ items: PromotionCandidate[] }>('/appraisal-promotions', { organisationId: organisation.id }),
    enabled: hr,
  });
  const items = [...(appraisals.data?.items ?? [])].sort((a, b) => b.year - a.year);
  // Training needs are recorded when the decision is issued: the last decided year holds the current ones.
  const latestYear = items.find((a) => decided.has(a.status))?.year;
  const gradeName = (grade: number | null) =>
    grade === null ? '—' : gradeLabel(rules.data, grade, format.locale);
  const candidate = promotions.data?.items.find((c) => c.employeeId === employee.id);

  const rows = items.map((a) => ({
    key: a.id,
    testId: 'appraisal-row',
    cells: [
      <Anchor
        key="year"
        component={Link}
        to={`/appraisals/${a.id}`}
        aria-label={t('history.open', { year: a.year })}
      >
        {a.year}
      </Anchor>,
      t(`appraisals:kind.${a.kind}`),
      gradeName(a.grade),
      <AppraisalStatusBadge key="status" status={a.status} />,
      a.registerNumber ?? '—',
    ],
  }));

  return (
    <FileSection title={t('history.title')}>
      {candidate ? (
        <Alert color="green" variant="light" p="sm" data-testid="promotion-candidate">
          <Stack gap={4}>
            <Badge color="green" variant="light" tt="none" radius="sm">
              {t('history.promotion')}
            </Badge>
            <Text size="sm">
              {t('history.promotionBecause', {
                grades: candidate.grades.map((g) => `${g.year}: ${gradeName(g.grade)}`).join('; '),
              })}
            </Text>
          </Stack>
        </Alert>
      ) : null}
      {appraisals.isPending ? (
        <LoadingState />
      ) : appraisals.isError ? (
        <ErrorState error={appraisals.error} onRetry={() => void appraisals.refetch()} />
      ) : (
        <RecordTable
          minWidth={640}
          empty={t('history.empty')}
          head={[
            t('history.year'),
            t('history.kind'),
            t('history.grade'),
            t('history.status'),
            t('history.registerNumber'),
          ]}
          rows={rows}
        />
      )}
      {latestYear ? (
        <TrainingNeeds employeeId={employee.id} organisationId={organisation.id} year={latestYear} />
      ) : null}
    </FileSection>
  );
}

/**
 * What the latest decided appraisal says the person should learn: gaps against the job's
 * competencies, and the rater's words.
 */
function TrainingNeeds({
  employeeId,
  organisationId,
  year,
}: {
  employeeId: string;
  organisationId: string;
  year: number;
}) {
  const { t } = useTranslation('competencies');
  const format = useFormat();
  // The list holds all the reader may see (for HR the municipality's); the file shows this person's.
  const needs = useQuery({
    queryKey: ['training-needs', organisationId, year],
    queryFn: () => api.get<{ items: TrainingNeed[] }>('/training-needs', { organisationId, year }),
  });
  const mine = (needs.data?.items ?? []).filter((n) => n.employeeId === employeeId);
  const describe = (n: TrainingNeed) => {
    const name = n.competencyName
      ? packLabel(
          {
            name: n.competencyName,
            nameLatin: n.competencyNameLatin ?? n.competencyName,
            nameEn: n.competencyNameEn ?? undefined,
          },
          format.locale,
        )
      : null;
    if (name && n.requiredLevel !== null)
      return t('history.gap', { name, required: n.requiredLevel, rated: n.ratedLevel ?? '—' });
    return [name, n.text].filter(Boolean).join(': ');
  };
  return (
    <Stack gap={4} component="section" aria-labelledby="training-needs-heading">
      <Title order={3} size="h5" id="training-needs-heading">
        {t('history.trainingNeeds', { year })}
      </Title>
      {needs.isPending ? (
        <LoadingState />
      ) : needs.isError ? (
        <ErrorState error={needs.error} onRetry={() => void needs.refetch()} />
      ) : mine.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('history.noTrainingNeeds')}
        </Text>
      ) : (
        <List size="sm" spacing={4} data-testid="training-needs">
          {mine.map((n) => (
            <List.Item key={n.id}>{describe(n)}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
