import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApprovalState, EnrolmentStatus } from '../../../contracts/learning-enrolments';
import type { RegistrationState, Session, SessionStatus } from '../../../contracts/learning-sessions';
import type { TrainingRequestStatus } from '../../../contracts/training-requests';
import { useFormat } from '../../app/format';

// Long states ("Registration not open yet") wrap in a narrow column instead of being cut off.
const wrap = {
  root: { height: 'auto', minHeight: 'var(--badge-height)', minWidth: 0, maxWidth: '100%' },
  label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip' },
} as const;

// Light badges only: filled green and yellow fail the contrast check.
function LightBadge({ color, label, testId }: { color: string; label: string; testId?: string }) {
  return (
    <Badge variant="light" color={color} tt="none" radius="sm" data-testid={testId} styles={wrap}>
      {label}
    </Badge>
  );
}

const sessionColors: Record<SessionStatus, string> = {
  draft: 'gray',
  scheduled: 'blue',
  completed: 'teal',
  cancelled: 'red',
};
const registrationColors: Record<RegistrationState, string> = {
  not_yet: 'gray',
  open: 'green',
  waiting_list: 'orange',
  closed: 'dark',
};
const enrolmentColors: Record<EnrolmentStatus, string> = {
  confirmed: 'green',
  waitlisted: 'orange',
  cancelled: 'gray',
  completed: 'teal',
  not_completed: 'red',
};
const approvalColors: Record<ApprovalState, string> = {
  not_required: 'gray',
  pending: 'violet',
  approved: 'green',
  declined: 'red',
};
const requestColors: Record<TrainingRequestStatus, string> = {
  submitted: 'blue',
  accepted: 'cyan',
  scheduled: 'teal',
  declined: 'red',
  withdrawn: 'gray',
};

export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  const { t } = useTranslation('training-sessions');
  return <LightBadge color={sessionColors[status]} label={t(`status.${status}`)} testId="session-status" />;
}

/** Whether one may enrol now; only an announced session has a registration state worth showing. */
export function RegistrationBadge({ session }: { session: Pick<Session, 'status' | 'registration'> }) {
  const { t } = useTranslation('training-sessions');
  if (session.status !== 'scheduled') return <SessionStatusBadge status={session.status} />;
  return (
    <LightBadge
      color={registrationColors[session.registration]}
      label={t(`registration.${session.registration}`)}
      testId="session-registration"
    />
  );
}

export function EnrolmentStatusBadge({ status }: { status: EnrolmentStatus }) {
  const { t } = useTranslation('training-sessions');
  return <LightBadge color={enrolmentColors[status]} label={t(`enrolmentStatus.${status}`)} />;
}

export function ApprovalBadge({ approval }: { approval: ApprovalState }) {
  const { t } = useTranslation('training-sessions');
  return <LightBadge color={approvalColors[approval]} label={t(`approval.${approval}`)} />;
}

export function RequestStatusBadge({ status }: { status: TrainingRequestStatus }) {
  const { t } = useTranslation('training-sessions');
  return (
    <LightBadge color={requestColors[status]} label={t(`requestStatus.${status}`)} testId="request-status" />
  );
}

/** The days of a session as a span ("3 Mar 2026 – 5 Mar 2026"), or one day. */
export function useSessionDates() {
  const format = useFormat();
  return (days: ReadonlyArray<{ date: string }>) => {
    const first = days[0]?.date;
    const last = days.at(-1)?.date;
    if (!first || !last) return '—';
    return first === last ? format.date(first) : `${format.date(first)} – ${format.date(last)}`;
  };
}

/** Where it happens: the venue, or "online" for live online and distance sessions. */
export function useSessionPlace() {
  const { t } = useTranslation('training-sessions');
  return (s: Pick<Session, 'mode' | 'venue'>) =>
    s.mode === 'in_person' ? (s.venue ?? '—') : t(`modes.${s.mode}`);
}

/** The municipality a training on request is for, in the reader's script (null when open to all). */
export function useRestrictedName(session: Pick<Session, 'restrictedToName' | 'restrictedToNameLatin'>) {
  const format = useFormat();
  if (!session.restrictedToName) return null;
  return format.name({
    name: session.restrictedToName,
    nameLatin: session.restrictedToNameLatin ?? session.restrictedToName,
  });
}
