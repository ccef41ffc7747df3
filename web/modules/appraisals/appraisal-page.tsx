import { Alert, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Appraisal } from '../../../contracts/appraisals';
import { useFormat } from '../../app/format';
import { useOrgUnits } from '../../app/queries';
import { Page } from '../../components/page';
import { ErrorState, LoadingState } from '../../components/query-states';
import { today } from '../positions/positions-queries';
import { useUnitNames } from '../positions/unit-options';
import { AppealSection } from './appeal-section';
import { AppraisalHeader } from './appraisal-header';
import { useAppraisalNames } from './appraisal-labels';
import { AppraisalStepper } from './appraisal-stepper';
import { currentStep, lockedStatuses } from './appraisal-steps';
import { useAppraisal } from './appraisals-queries';
import { CompetenciesSection } from './competencies-section';
import { DecisionSection } from './decision-section';
import { GoalsSection } from './goals-section';
import { InterimSection } from './interim-section';
import { RaterDialog } from './rater-dialog';
import { RatingForm } from './rating-form';
import { ResultSection } from './result-section';

/**
 * One official's appraisal for a year: where it stands, and a section per step showing what was
 * recorded. Each reader gets exactly the controls the server lists in `actions`.
 */
export function AppraisalPage() {
  const { t } = useTranslation('appraisals');
  const { id = '' } = useParams();
  const appraisal = useAppraisal(id);
  const back = { to: '/appraisals', label: t('list.title') };
  if (!appraisal.data)
    return (
      <Page title={t('detail.loadingTitle')} back={back}>
        {appraisal.isError ? (
          <ErrorState error={appraisal.error} onRetry={() => void appraisal.refetch()} />
        ) : (
          <LoadingState />
        )}
      </Page>
    );
  return (
    <AppraisalView
      appraisal={appraisal.data}
      back={{
        ...back,
        to: `/appraisals?organisationId=${appraisal.data.organisationId}&cycleId=${appraisal.data.cycleId}`,
      }}
    />
  );
}

function AppraisalView({
  appraisal: a,
  back,
}: {
  appraisal: Appraisal;
  back: { to: string; label: string };
}) {
  const { t } = useTranslation('appraisals');
  const format = useFormat();
  const names = useAppraisalNames();
  const units = useOrgUnits(a.organisationId).data?.items ?? [];
  const unitName = useUnitNames(units);
  const [assigning, setAssigning] = useState(false);
  const locked = lockedStatuses.has(a.status);

  return (
    <Page title={t('detail.title', { name: names.official(a), year: a.year })} back={back}>
      {locked ? (
        <Alert color="gray" variant="light" title={t('detail.lockedTitle')} data-testid="appraisal-locked">
          {t('detail.locked', { number: a.registerNumber ?? '—', date: format.date(a.decisionDate) })}
        </Alert>
      ) : null}
      <AppraisalStepper current={currentStep(a, today())} workPlan={a.rules.workPlan} />
      <AppraisalHeader
        appraisal={a}
        unitName={a.orgUnitId ? unitName(a.orgUnitId) : '—'}
        onAssignRater={a.actions.includes('assign_rater') ? () => setAssigning(true) : null}
      />
      {/* A section keeps its form state until the appraisal changes on the server. */}
      <Stack gap="lg" key={a.updatedAt}>
        <GoalsSection appraisal={a} />
        <InterimSection appraisal={a} />
        {a.actions.includes('rate') ? <RatingForm appraisal={a} /> : <CompetenciesSection appraisal={a} />}
        <ResultSection appraisal={a} />
        <DecisionSection appraisal={a} />
        <AppealSection appraisal={a} />
      </Stack>
      {assigning ? <RaterDialog appraisal={a} onClose={() => setAssigning(false)} /> : null}
    </Page>
  );
}
