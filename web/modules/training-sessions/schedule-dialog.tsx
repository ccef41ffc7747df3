import { Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { TrainingRequest, TrainingRequestSchedule } from '../../../contracts/training-requests';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { useOrganisation } from '../../app/queries';
import { SessionDialogActions } from './session-dialog-actions';
import {
  addDays,
  initialSessionValues,
  newDay,
  type SessionValues,
  sessionBody,
  sessionErrorSink,
  validateSession,
} from './session-form';
import { SessionFormFields } from './session-form-fields';
import { useRefreshSessions } from './sessions-queries';
import { useRefreshRequests } from './training-requests-queries';

type Status = 'draft' | 'scheduled';

/** Starts from what the municipality asked: its programme, its number of people, its first preferred day. */
function fromRequest(request: TrainingRequest): SessionValues {
  const values = initialSessionValues(undefined, request.programmeId ?? '');
  const first = { ...newDay(), date: request.preferredFrom };
  return {
    ...values,
    days: [first],
    capacity: request.participants,
    registrationCloses: addDays(request.preferredFrom, -1),
    cancelUntil: addDays(request.preferredFrom, -1),
    note: request.topic,
  };
}

/** The national body schedules the requested training: a session only the requesting municipality may enrol in. */
export function ScheduleDialog({ request, onClose }: { request: TrainingRequest; onClose: () => void }) {
  const { t } = useTranslation('training-sessions');
  const format = useFormat();
  const navigate = useNavigate();
  const refreshRequests = useRefreshRequests();
  const refreshSessions = useRefreshSessions();
  const body = useOrganisation(request.bodyId);
  const form = useForm<SessionValues>({
    initialValues: fromRequest(request),
    validate: (v) => validateSession(v, t),
  });
  const municipality = format.name({
    name: request.organisationName,
    nameLatin: request.organisationNameLatin,
  });
  const schedule = useMutation({
    mutationFn: ({ values, status }: { values: SessionValues; status: Status }) => {
      const payload: TrainingRequestSchedule = { ...sessionBody(values), status };
      return api.post<TrainingRequest>(`/training-requests/${request.id}/schedule`, payload);
    },
    onSuccess: async (saved) => {
      await Promise.all([refreshRequests(), refreshSessions()]);
      notifySuccess(t('requests.scheduled', { organisation: municipality }));
      onClose();
      if (saved.sessionId) void navigate(`/sessions/${saved.sessionId}`);
    },
    onError: (error) => reportError(error, sessionErrorSink(form)),
  });
  const submit = (status: Status) => form.onSubmit((values) => schedule.mutate({ values, status }));

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('requests.scheduleTitle', { organisation: municipality })}
      centered
      size="xl"
    >
      <form onSubmit={submit('scheduled')} noValidate>
        <Stack>
          <Text size="sm">{t('requests.scheduleIntro', { organisation: municipality })}</Text>
          <SessionFormFields form={form} countryCode={body.data?.countryCode} />
          <SessionDialogActions
            pending={schedule.isPending ? (schedule.variables?.status ?? null) : null}
            onDraft={() => submit('draft')()}
            submit="announce"
            onCancel={onClose}
            testId="schedule"
          />
        </Stack>
      </form>
    </Modal>
  );
}
