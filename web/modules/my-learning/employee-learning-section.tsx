import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Certificate } from '../../../contracts/learning-certificates';
import type { Employee } from '../../../contracts/people';
import { canOn } from '../../app/access';
import { ApiError } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { notifySuccess } from '../../app/problems';
import { useOrganisation } from '../../app/queries';
import { useMe } from '../../app/session-context';
import { ErrorState, LoadingState } from '../../components/query-states';
import { ReasonDialog, type ReasonRequest } from '../../components/reason-dialog';
import { FileSection, RecordTable } from '../people/file-section';
import { CertificateStatusBadge, EnrolmentStatusBadge, useLearningText } from './my-learning-labels';
import { useCertificates, useEnrolments, useLearningAction } from './my-learning-queries';
import { CertificateDownload } from './past-enrolments';

/** A list the reader may not see (a 403 or 404) leaves its section out instead of showing an error. */
function refused(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 403 || error.status === 404);
}

/** The trainings and certificates of a personnel file, for whoever reads professional development there. */
export function EmployeeLearningSection({ employee }: { employee: Employee }) {
  const me = useMe();
  const organisation = useOrganisation(employee.organisationId).data;
  if (!organisation) return null;
  const target = { organisationId: organisation.id, countryCode: organisation.countryCode };
  if (!canOn(me, 'learning.read', target)) return null;
  return (
    <>
      <TrainingsSection employeeId={employee.id} />
      <CertificatesSection employeeId={employee.id} countryCode={organisation.countryCode} />
    </>
  );
}

function TrainingsSection({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation('my-learning');
  const text = useLearningText();
  const enrolments = useEnrolments({ employeeId });
  if (enrolments.isError && refused(enrolments.error)) return null;
  const rows = (enrolments.data?.items ?? []).map((e) => ({
    key: e.id,
    testId: 'file-training',
    cells: [
      text.title(e.programmeTitle),
      e.sessionReference,
      text.dates(e.firstDay, e.lastDay),
      <EnrolmentStatusBadge key="status" status={e.status} />,
    ],
  }));
  return (
    <FileSection title={t('file.trainingsTitle')}>
      {enrolments.isPending ? (
        <LoadingState />
      ) : enrolments.isError ? (
        <ErrorState error={enrolments.error} onRetry={() => void enrolments.refetch()} />
      ) : (
        <RecordTable
          minWidth={640}
          empty={t('file.trainingsEmpty')}
          head={[t('columns.programme'), t('columns.reference'), t('columns.dates'), t('columns.status')]}
          rows={rows}
        />
      )}
    </FileSection>
  );
}

function CertificatesSection({ employeeId, countryCode }: { employeeId: string; countryCode: string }) {
  const { t } = useTranslation('my-learning');
  const me = useMe();
  const format = useFormat();
  const text = useLearningText();
  const certificates = useCertificates(employeeId);
  const revoke = useLearningAction();
  const [revoking, setRevoking] = useState<ReasonRequest | null>(null);
  if (certificates.isError && refused(certificates.error)) return null;

  // Revoking belongs to the body or municipality that issued the certificate.
  const mayRevoke = (c: Certificate) =>
    c.status === 'valid' && canOn(me, 'learning.manage', { organisationId: c.issuerId, countryCode });
  const revokeAction = (c: Certificate, programme: string): ReasonRequest => ({
    title: t('revoke.title'),
    message: t('revoke.message', { code: c.code, programme }),
    label: t('revoke.reason'),
    required: true,
    submitLabel: t('revoke.submit'),
    danger: true,
    send: (body) => revoke.mutateAsync({ path: `/certificates/${c.id}/revoke`, body }),
    onDone: () => notifySuccess(t('revoke.done', { code: c.code })),
    testId: 'reason',
  });
  const rows = (certificates.data?.items ?? []).map((c) => {
    const programme = text.title(c.programmeTitle);
    return {
      key: c.id,
      testId: 'file-certificate',
      cells: [
        <Text key="code" size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
          {c.code}
        </Text>,
        programme,
        text.name(c.issuerName, c.issuerNameLatin),
        text.dates(c.firstDay, c.lastDay),
        format.date(c.issuedOn),
        <Text key="status" component="div" size="sm">
          <CertificateStatusBadge status={c.status} />
          {c.status === 'revoked' ? (
            <Text size="xs" c="dimmed">
              {t('certificate.revokedOn', { date: format.date(c.revokedOn) })}
              {c.revokeReason ? `: ${c.revokeReason}` : ''}
            </Text>
          ) : null}
        </Text>,
        <Group key="actions" gap="xs" wrap="nowrap">
          <CertificateDownload certificateId={c.id} label={t('past.certificateLabel', { programme })} />
          {mayRevoke(c) ? (
            <Button
              size="xs"
              variant="subtle"
              color="red.8"
              aria-label={t('revoke.label', { code: c.code })}
              onClick={() => setRevoking(revokeAction(c, programme))}
              data-testid="certificate-revoke"
            >
              {t('revoke.submit')}
            </Button>
          ) : null}
        </Group>,
      ],
    };
  });
  return (
    <FileSection title={t('file.certificatesTitle')}>
      {certificates.isPending ? (
        <LoadingState />
      ) : certificates.isError ? (
        <ErrorState error={certificates.error} onRetry={() => void certificates.refetch()} />
      ) : (
        <RecordTable
          minWidth={900}
          empty={t('file.certificatesEmpty')}
          head={[
            t('columns.code'),
            t('columns.programme'),
            t('columns.issuer'),
            t('columns.dates'),
            t('columns.issuedOn'),
            t('columns.status'),
            t('columns.actions'),
          ]}
          rows={rows}
        />
      )}
      {revoking ? <ReasonDialog {...revoking} onClose={() => setRevoking(null)} /> : null}
    </FileSection>
  );
}
