import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enrolment, EnrolmentStatus } from '../../../contracts/learning-enrolments';
import { useDownload } from '../../app/download';
import { RecordTable } from '../people/file-section';
import { EvaluationDialog } from './evaluation-dialog';
import { EnrolmentStatusBadge, useLearningText } from './my-learning-labels';
import { useMyEvaluations } from './my-learning-queries';

/** The PDF of a certificate, in the reader's language. */
export function CertificateDownload({ certificateId, label }: { certificateId: string; label: string }) {
  const { t } = useTranslation('my-learning');
  const pdf = useDownload();
  const path = `/certificates/${certificateId}/pdf`;
  return (
    <Button
      size="xs"
      variant="default"
      aria-label={label}
      loading={pdf.busy === path}
      onClick={() => void pdf.download(path)}
      data-testid="certificate-download"
    >
      {t('past.certificate')}
    </Button>
  );
}

/** The session is over: a participant evaluates it whether or not they attended enough to complete it. */
const finished = new Set<EnrolmentStatus>(['completed', 'not_completed']);

/** Finished and cancelled places: the outcome, the certificate, and the evaluation still owed. */
export function PastEnrolments({ enrolments }: { enrolments: Enrolment[] }) {
  const { t } = useTranslation('my-learning');
  const text = useLearningText();
  const completed = enrolments.filter((e) => finished.has(e.status));
  const mine = useMyEvaluations(completed.map((e) => e.sessionId));
  const answered = new Set(mine.given.filter((g) => g.source === 'participant').map((g) => g.sessionId));
  const [evaluating, setEvaluating] = useState<Enrolment | null>(null);

  const evaluation = (e: Enrolment) => {
    if (!finished.has(e.status) || mine.pending) return null;
    if (answered.has(e.sessionId))
      return (
        <Text size="sm" c="dimmed">
          {t('past.evaluated')}
        </Text>
      );
    return (
      <Button
        size="xs"
        variant="light"
        onClick={() => setEvaluating(e)}
        aria-label={t('past.evaluateLabel', { programme: text.title(e.programmeTitle) })}
        data-testid="evaluate"
      >
        {t('past.evaluate')}
      </Button>
    );
  };

  const rows = enrolments.map((e) => {
    const programme = text.title(e.programmeTitle);
    return {
      key: e.id,
      testId: 'past-enrolment',
      cells: [
        programme,
        text.dates(e.firstDay, e.lastDay),
        <EnrolmentStatusBadge key="status" status={e.status} />,
        e.status === 'cancelled' ? (e.cancelReason ?? e.declineReason ?? '—') : String(e.attendedDays),
        e.certificateId ? (
          <CertificateDownload
            key="certificate"
            certificateId={e.certificateId}
            label={t('past.certificateLabel', { programme })}
          />
        ) : (
          '—'
        ),
        evaluation(e),
      ],
    };
  });

  return (
    <>
      <RecordTable
        minWidth={760}
        empty={t('past.empty')}
        head={[
          t('columns.programme'),
          t('columns.dates'),
          t('columns.status'),
          t('columns.attendedOrReason'),
          t('columns.certificate'),
          t('columns.evaluation'),
        ]}
        rows={rows}
      />
      {evaluating ? (
        <EvaluationDialog
          source="participant"
          sessionId={evaluating.sessionId}
          enrolmentId={evaluating.id}
          subject={text.title(evaluating.programmeTitle)}
          onClose={() => setEvaluating(null)}
        />
      ) : null}
    </>
  );
}
