import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enrolment } from '../../../contracts/learning-enrolments';
import { canOn } from '../../app/access';
import { useCountries } from '../../app/queries';
import { useMe } from '../../app/session-context';
import { ErrorState, LoadingState } from '../../components/query-states';
import { RecordTable } from '../people/file-section';
import { today } from '../positions/positions-queries';
import { EvaluationDialog } from './evaluation-dialog';
import { impactDue } from './impact-due';
import { useLearningText } from './my-learning-labels';
import { useEnrolments, useMyEvaluations } from './my-learning-queries';
import { useOwnEmployeeId } from './own-employee';

/**
 * Completed trainings of the manager's people whose impact on the work is due for rating: the
 * country pack says how many months after the training (`learning.impactAfterMonths`).
 */
export function ImpactRatings() {
  const { t } = useTranslation('my-learning');
  const me = useMe();
  // The municipality whose people the reader approves (a manager's unit is narrowed by the server).
  const home = me.memberships.find((m) => m.orgKind !== 'national_body' && canOn(me, 'learning.approve', m));
  const countries = useCountries(Boolean(home));
  const months = countries.data?.items.find((c) => c.code === home?.countryCode)?.learning.impactAfterMonths;
  const completed = useEnrolments(
    { organisationId: home?.organisationId, status: 'completed' },
    Boolean(home),
  );
  const own = useOwnEmployeeId();
  const now = today();
  const timely =
    months === undefined
      ? []
      : impactDue(completed.data?.items ?? [], {
          months,
          today: now,
          rated: new Set(),
          ownEmployeeId: own.employeeId,
        });
  const mine = useMyEvaluations(timely.map((e) => e.sessionId));
  const rated = new Set(mine.given.filter((g) => g.source === 'manager').flatMap((g) => g.enrolmentId ?? []));

  if (!home)
    return (
      <Text size="sm" c="dimmed">
        {t('impact.noMunicipality')}
      </Text>
    );
  if (completed.isError)
    return <ErrorState error={completed.error} onRetry={() => void completed.refetch()} />;
  if (completed.isPending || countries.isPending || mine.pending) return <LoadingState />;
  return <ImpactTable due={timely.filter((e) => !rated.has(e.id))} months={months ?? 0} />;
}

function ImpactTable({ due, months }: { due: Enrolment[]; months: number }) {
  const { t } = useTranslation('my-learning');
  const text = useLearningText();
  const [rating, setRating] = useState<Enrolment | null>(null);
  const subject = (e: Enrolment) =>
    t('impact.subject', {
      person: text.name(e.participantName, e.participantNameLatin),
      programme: text.title(e.programmeTitle),
    });
  const rows = due.map((e) => ({
    key: e.id,
    testId: 'impact-due',
    cells: [
      text.name(e.participantName, e.participantNameLatin),
      text.title(e.programmeTitle),
      text.dates(e.firstDay, e.lastDay),
      <Button
        key="rate"
        size="xs"
        variant="light"
        aria-label={t('impact.rateLabel', { subject: subject(e) })}
        onClick={() => setRating(e)}
        data-testid="rate-impact"
      >
        {t('impact.rate')}
      </Button>,
    ],
  }));
  return (
    <>
      <Text size="sm" c="dimmed" maw={800}>
        {t('impact.explain', { months })}
      </Text>
      <RecordTable
        minWidth={720}
        empty={t('impact.empty')}
        head={[t('columns.participant'), t('columns.programme'), t('columns.dates'), t('columns.actions')]}
        rows={rows}
      />
      {rating ? (
        <EvaluationDialog
          source="manager"
          sessionId={rating.sessionId}
          enrolmentId={rating.id}
          subject={subject(rating)}
          onClose={() => setRating(null)}
        />
      ) : null}
    </>
  );
}
