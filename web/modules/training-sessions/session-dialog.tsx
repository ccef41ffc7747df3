import { Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Session, SessionCreate } from '../../../contracts/learning-sessions';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { useMe } from '../../app/session-context';
import { OrganisationSelect } from '../../components/organisation-select';
import { SessionDialogActions } from './session-dialog-actions';
import {
  changedFields,
  initialSessionValues,
  type SessionValues,
  sessionBody,
  sessionErrorSink,
  validateSession,
} from './session-form';
import { SessionFormFields } from './session-form-fields';
import { type OrganiserChoice, organiserChoices } from './session-organiser';
import { useRefreshSessions } from './sessions-queries';

type Status = 'draft' | 'scheduled';

/** A new session (saved as a draft or announced at once), or changes to an existing one. */
export function SessionDialog({ session, onClose }: { session?: Session; onClose: () => void }) {
  const { t } = useTranslation('training-sessions');
  const format = useFormat();
  const navigate = useNavigate();
  const refresh = useRefreshSessions();
  const choices = organiserChoices(useMe());
  const [organiser, setOrganiser] = useState<OrganiserChoice | null>(
    session
      ? {
          id: session.organiserId,
          name: session.organiserName,
          nameLatin: session.organiserNameLatin,
          countryCode: session.countryCode,
        }
      : (choices.own[0] ?? null),
  );
  const form = useForm<SessionValues>({
    initialValues: initialSessionValues(session),
    validate: (v) => validateSession(v, t),
  });

  const save = useMutation({
    mutationFn: ({ values, status }: { values: SessionValues; status: Status | null }) => {
      const { programmeId, ...fields } = sessionBody(values);
      if (session) {
        const patch = changedFields(sessionBody(initialSessionValues(session)), sessionBody(values));
        return api.patch<Session>(`/sessions/${session.id}`, status ? { ...patch, status } : patch);
      }
      const body: SessionCreate = {
        ...fields,
        programmeId,
        organiserId: organiser?.id ?? '',
        restrictedToId: null,
        status: status ?? 'draft',
      };
      return api.post<Session>('/sessions', body);
    },
    onSuccess: async (saved, { status }) => {
      await refresh();
      notifySuccess(
        status === 'scheduled' ? t('form.announced', { reference: saved.reference }) : t('form.saved'),
      );
      onClose();
      if (!session) void navigate(`/sessions/${saved.id}`);
    },
    onError: (error) => reportError(error, sessionErrorSink(form)),
  });
  const submit = (status: Status | null) => form.onSubmit((values) => save.mutate({ values, status }));
  const draft = !session || session.status === 'draft';

  return (
    <Modal
      opened
      onClose={onClose}
      title={session ? t('form.editTitle', { reference: session.reference }) : t('form.newTitle')}
      centered
      size="xl"
    >
      <form onSubmit={submit(draft ? 'scheduled' : null)} noValidate>
        <Stack>
          {session ? null : choices.anywhere ? (
            <OrganisationSelect
              label={t('fields.organiser')}
              placeholder={t('form.organiserPlaceholder')}
              required
              value={organiser?.id ?? null}
              onChange={(_, o) =>
                setOrganiser(
                  o ? { id: o.id, name: o.name, nameLatin: o.nameLatin, countryCode: o.countryCode } : null,
                )
              }
              data-testid="session-organiser"
            />
          ) : choices.own.length > 1 ? (
            <NativeSelect
              label={t('fields.organiser')}
              value={organiser?.id ?? ''}
              data={choices.own.map((o) => ({ value: o.id, label: format.name(o) }))}
              onChange={(e) => setOrganiser(choices.own.find((o) => o.id === e.currentTarget.value) ?? null)}
            />
          ) : organiser ? (
            <Text size="sm">{t('form.organisedBy', { organiser: format.name(organiser) })}</Text>
          ) : null}
          <SessionFormFields
            form={form}
            countryCode={organiser?.countryCode}
            programmeLocked={Boolean(session)}
            assignedTrainers={session?.trainers}
          />
          <SessionDialogActions
            pending={save.isPending ? (save.variables?.status ?? 'save') : null}
            onDraft={draft ? () => submit('draft')() : undefined}
            submit={draft ? 'announce' : 'save'}
            onCancel={onClose}
            disabled={!organiser}
            testId="session"
          />
        </Stack>
      </form>
    </Modal>
  );
}
