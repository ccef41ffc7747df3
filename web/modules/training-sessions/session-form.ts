import { randomId } from '@mantine/hooks';
import type { TFunction } from 'i18next';
import type { DeliveryMode } from '../../../contracts/learning-catalogue';
import type { Session, SessionCreate, SessionUpdate } from '../../../contracts/learning-sessions';
import type { FieldErrorSink } from '../../app/problems';
import { fieldErrorSink } from '../people/form-errors';

// Rows carry a key of their own so that removing a day keeps the inputs of the others in place.
export type DayRow = { key: string; date: string; startsAt: string; endsAt: string };

export type SessionValues = {
  programmeId: string;
  mode: DeliveryMode | '';
  venue: string;
  onlineUrl: string;
  days: DayRow[];
  capacity: number | string;
  registrationOpens: string;
  registrationCloses: string;
  cancelUntil: string;
  requiresApproval: boolean;
  /** Empty: the programme's rule applies. */
  completionPercent: number | string;
  trainerIds: string[];
  note: string;
};

/** The fields every session request shares: create, update and scheduling a training on request. */
export type SessionFieldsBody = Omit<SessionCreate, 'organiserId' | 'restrictedToId' | 'status'>;

export const newDay = (after?: DayRow): DayRow => ({
  key: randomId(),
  date: after?.date ? addDays(after.date, 1) : '',
  startsAt: after?.startsAt ?? '09:00',
  endsAt: after?.endsAt ?? '16:00',
});

/** `YYYY-MM-DD` moved by whole days (calendar arithmetic in UTC, so no time zone shifts the day). */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function initialSessionValues(session?: Session, programmeId = ''): SessionValues {
  if (!session)
    return {
      programmeId,
      mode: '',
      venue: '',
      onlineUrl: '',
      days: [newDay()],
      capacity: 25,
      registrationOpens: todayIso(),
      registrationCloses: '',
      cancelUntil: '',
      requiresApproval: true,
      completionPercent: '',
      trainerIds: [],
      note: '',
    };
  return {
    programmeId: session.programmeId,
    mode: session.mode,
    venue: session.venue ?? '',
    onlineUrl: session.onlineUrl ?? '',
    days: session.days.map((d) => ({ key: d.id, date: d.date, startsAt: d.startsAt, endsAt: d.endsAt })),
    capacity: session.capacity,
    registrationOpens: session.registrationOpens,
    registrationCloses: session.registrationCloses,
    cancelUntil: session.cancelUntil,
    requiresApproval: session.requiresApproval,
    completionPercent: session.completionPercent,
    trainerIds: session.trainers.map((tr) => tr.id),
    note: session.note,
  };
}

export function sessionBody(v: SessionValues): SessionFieldsBody {
  const percent = v.completionPercent === '' ? undefined : Number(v.completionPercent);
  return {
    programmeId: v.programmeId,
    mode: v.mode as DeliveryMode,
    // The place that fits the mode; the other one is dropped rather than kept out of sight.
    venue: v.mode === 'in_person' ? v.venue.trim() || null : null,
    onlineUrl: v.mode !== 'in_person' ? v.onlineUrl.trim() || null : null,
    days: v.days.map(({ date, startsAt, endsAt }) => ({ date, startsAt, endsAt })),
    capacity: Number(v.capacity),
    registrationOpens: v.registrationOpens,
    registrationCloses: v.registrationCloses,
    cancelUntil: v.cancelUntil,
    requiresApproval: v.requiresApproval,
    completionPercent: percent,
    trainerIds: v.trainerIds,
    note: v.note.trim(),
  };
}

/** What the browser can tell before asking the server (which checks the rest, e.g. the programme). */
export function validateSession(v: SessionValues, t: TFunction<'training-sessions'>): Record<string, string> {
  const errors: Record<string, string> = {};
  const required = t('training-sessions:validation.required');
  if (!v.programmeId) errors.programmeId = required;
  if (!v.mode) errors.mode = required;
  if (v.mode === 'in_person' && !v.venue.trim()) errors.venue = required;
  if (v.mode === 'live_online' && !v.onlineUrl.trim()) errors.onlineUrl = required;
  if (v.days.length === 0) errors.days = t('training-sessions:validation.oneDay');
  const seen = new Set<string>();
  v.days.forEach((d, i) => {
    const previous = v.days[i - 1]?.date;
    if (!d.date) errors[`days.${i}.date`] = required;
    else if (seen.has(d.date)) errors[`days.${i}.date`] = t('training-sessions:validation.dayTwice');
    else if (previous && d.date < previous)
      errors[`days.${i}.date`] = t('training-sessions:validation.dayOrder');
    seen.add(d.date);
    if (!d.startsAt) errors[`days.${i}.startsAt`] = required;
    if (!d.endsAt) errors[`days.${i}.endsAt`] = required;
    else if (d.startsAt && d.endsAt <= d.startsAt)
      errors[`days.${i}.endsAt`] = t('training-sessions:validation.endsAfterStart');
  });
  const capacity = Number(v.capacity);
  if (v.capacity === '' || !Number.isInteger(capacity) || capacity < 1) errors.capacity = required;
  if (!v.registrationOpens) errors.registrationOpens = required;
  if (!v.registrationCloses) errors.registrationCloses = required;
  else if (v.registrationOpens && v.registrationCloses < v.registrationOpens)
    errors.registrationCloses = t('training-sessions:validation.closesAfterOpens');
  if (!v.cancelUntil) errors.cancelUntil = required;
  // Registration and cancellation end by the first day at the latest.
  const first = v.days[0]?.date;
  if (first && v.registrationCloses > first && !errors.registrationCloses)
    errors.registrationCloses = t('training-sessions:validation.byFirstDay');
  if (first && v.cancelUntil > first) errors.cancelUntil = t('training-sessions:validation.byFirstDay');
  return errors;
}

/**
 * Only what changed goes in an update: the server refuses new days once attendance is recorded,
 * so untouched days must not be sent again.
 */
export function changedFields(before: SessionFieldsBody, after: SessionFieldsBody): SessionUpdate {
  const { programmeId: _p, ...fields } = after;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return Object.fromEntries(
    Object.entries(fields).filter(([key, value]) => !same(before[key as keyof SessionFieldsBody], value)),
  ) as SessionUpdate;
}

/** Field errors on the session form; an error on one trainer (`trainerIds.2`) shows on the trainers field. */
export function sessionErrorSink(form: FieldErrorSink): FieldErrorSink {
  const sink = fieldErrorSink(form);
  return {
    getValues: sink.getValues,
    setErrors: (errors) =>
      sink.setErrors(
        Object.fromEntries(
          Object.entries(errors).map(([field, message]) => [
            field.startsWith('trainerIds.') ? 'trainerIds' : field,
            message,
          ]),
        ),
      ),
  };
}
