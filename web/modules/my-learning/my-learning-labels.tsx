import { Badge, type MantineColor } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalText } from '../../../contracts/competencies';
import type { ApprovalState, EnrolmentStatus } from '../../../contracts/learning-enrolments';
import { packLabel } from '../../../contracts/positions';
import { useFormat } from '../../app/format';

function LightBadge({ color, label, testId }: { color: MantineColor; label: string; testId?: string }) {
  return (
    <Badge variant="light" color={color} tt="none" radius="sm" data-testid={testId}>
      {label}
    </Badge>
  );
}

const statusColours: Record<EnrolmentStatus, MantineColor> = {
  confirmed: 'green',
  waitlisted: 'orange',
  cancelled: 'gray',
  completed: 'blue',
  not_completed: 'red',
};

export function EnrolmentStatusBadge({ status }: { status: EnrolmentStatus }) {
  const { t } = useTranslation('my-learning');
  return <LightBadge color={statusColours[status]} label={t(`status.${status}`)} testId="enrolment-status" />;
}

const approvalColours: Record<ApprovalState, MantineColor> = {
  not_required: 'gray',
  pending: 'orange',
  approved: 'green',
  declined: 'red',
};

/** The line manager's answer; nothing when none is needed. */
export function ApprovalBadge({ approval }: { approval: ApprovalState }) {
  const { t } = useTranslation('my-learning');
  if (approval === 'not_required') return null;
  return <LightBadge color={approvalColours[approval]} label={t(`approval.${approval}`)} />;
}

export function CertificateStatusBadge({ status }: { status: 'valid' | 'revoked' }) {
  const { t } = useTranslation('my-learning');
  return (
    <LightBadge
      color={status === 'valid' ? 'green' : 'red'}
      label={t(`certificate.${status}`)}
      testId="certificate-status"
    />
  );
}

/** Programme titles, people's names and session dates in the reader's language and script. */
export function useLearningText() {
  const format = useFormat();
  return useMemo(() => {
    // A range names the shared month and year once ("8–9 Dec 2026"), as the language writes it.
    const range = new Intl.DateTimeFormat(format.locale, { dateStyle: 'medium' });
    return {
      title: (title: LocalText) => packLabel(title, format.locale),
      name: (name: string, nameLatin: string) => format.name({ name, nameLatin }),
      dates: (first: string, last: string) =>
        first === last || !first || !last
          ? format.date(first || last)
          : range.formatRange(new Date(first), new Date(last)),
    };
  }, [format]);
}
