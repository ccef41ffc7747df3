import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../../contracts/learning-sessions';
import {
  addDays,
  changedFields,
  initialSessionValues,
  type SessionValues,
  sessionBody,
  validateSession,
} from './session-form';

// The message is the key: the tests read which rule answered.
const t = ((key: string) => key) as unknown as TFunction<'training-sessions'>;

const values = (patch: Partial<SessionValues> = {}): SessionValues => ({
  ...initialSessionValues(),
  programmeId: 'p1',
  mode: 'in_person',
  venue: 'City hall',
  days: [
    { key: 'a', date: '2027-03-02', startsAt: '09:00', endsAt: '15:00' },
    { key: 'b', date: '2027-03-03', startsAt: '09:00', endsAt: '13:00' },
  ],
  registrationOpens: '2027-01-10',
  registrationCloses: '2027-03-01',
  cancelUntil: '2027-02-25',
  ...patch,
});

const session = {
  id: 's1',
  programmeId: 'p1',
  mode: 'in_person',
  venue: 'City hall',
  onlineUrl: null,
  days: [
    { id: 'd1', date: '2027-03-02', startsAt: '09:00', endsAt: '15:00' },
    { id: 'd2', date: '2027-03-03', startsAt: '09:00', endsAt: '13:00' },
  ],
  capacity: 20,
  registrationOpens: '2027-01-10',
  registrationCloses: '2027-03-01',
  cancelUntil: '2027-02-25',
  requiresApproval: true,
  completionPercent: 80,
  trainers: [{ id: 'tr1', name: 'Ана', nameLatin: 'Ana' }],
  note: '',
} as unknown as Session;

describe('the session form', () => {
  it('moves days across months and years', () => {
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('accepts a complete session', () => {
    expect(validateSession(values(), t)).toEqual({});
  });

  it('names each rule on its field, rows included', () => {
    const errors = validateSession(
      values({
        venue: '',
        days: [
          { key: 'a', date: '2027-03-03', startsAt: '09:00', endsAt: '15:00' },
          { key: 'b', date: '2027-03-02', startsAt: '10:00', endsAt: '09:00' },
        ],
        registrationCloses: '2027-03-04',
        cancelUntil: '2027-03-05',
      }),
      t,
    );
    expect(errors).toEqual({
      venue: 'training-sessions:validation.required',
      'days.1.date': 'training-sessions:validation.dayOrder',
      'days.1.endsAt': 'training-sessions:validation.endsAfterStart',
      registrationCloses: 'training-sessions:validation.byFirstDay',
      cancelUntil: 'training-sessions:validation.byFirstDay',
    });
  });

  it('sends the place that fits the mode and leaves the programme’s completion rule when empty', () => {
    const body = sessionBody(
      values({ mode: 'live_online', venue: 'Hall', onlineUrl: ' https://x.example ' }),
    );
    expect(body.venue).toBeNull();
    expect(body.onlineUrl).toBe('https://x.example');
    expect(body.completionPercent).toBeUndefined();
  });

  it('updates only what changed, so the days are not sent again', () => {
    const before = sessionBody(initialSessionValues(session));
    const edited = { ...initialSessionValues(session), capacity: 25, note: ' New room ' };
    expect(changedFields(before, sessionBody(edited))).toEqual({ capacity: 25, note: 'New room' });
  });
});
