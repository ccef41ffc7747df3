import { Button } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../contracts/learning-sessions';
import { api } from '../../app/api-client';
import { useDownload } from '../../app/download';
import { notifySuccess, reportError } from '../../app/problems';
import { ConfirmModal } from '../../components/confirm-modal';
import { ReasonDialog } from '../../components/reason-dialog';
import { SessionDialog } from './session-dialog';
import { todayIso } from './session-form';
import { useRefreshSessions } from './sessions-queries';

type Open = 'edit' | 'announce' | 'cancel' | 'complete' | null;

/** The organiser's buttons (edit, announce, cancel, complete) and the calendar file for everyone. */
export function SessionActions({ session: s, organiser }: { session: Session; organiser: boolean }) {
  const { t } = useTranslation('training-sessions');
  const refresh = useRefreshSessions();
  const { busy, download } = useDownload();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const live = s.status === 'draft' || s.status === 'scheduled';
  const lastDay = s.days.at(-1)?.date ?? '';
  const announce = useMutation({
    mutationFn: () => api.patch<Session>(`/sessions/${s.id}`, { status: 'scheduled' }),
    onSuccess: async () => {
      await refresh();
      notifySuccess(t('form.announced', { reference: s.reference }));
      close();
    },
    onError: (error) => reportError(error),
  });
  const complete = useMutation({
    mutationFn: () => api.post<Session>(`/sessions/${s.id}/complete`, {}),
    onSuccess: async () => {
      await refresh();
      notifySuccess(t('actions.completed'));
      close();
    },
    onError: (error) => reportError(error),
  });
  const icsPath = `/sessions/${s.id}/calendar.ics`;

  return (
    <>
      {s.status !== 'draft' && s.status !== 'cancelled' ? (
        <Button
          variant="default"
          loading={busy === icsPath}
          onClick={() => void download(icsPath, {}, `${s.reference}.ics`)}
          data-testid="session-ics"
        >
          {t('actions.calendar')}
        </Button>
      ) : null}
      {organiser && live ? (
        <Button variant="default" onClick={() => setOpen('edit')} data-testid="session-edit">
          {t('actions.edit')}
        </Button>
      ) : null}
      {organiser && s.status === 'draft' ? (
        <Button onClick={() => setOpen('announce')} data-testid="session-announce">
          {t('actions.announce')}
        </Button>
      ) : null}
      {organiser && s.status === 'scheduled' && lastDay && lastDay <= todayIso() ? (
        <Button onClick={() => setOpen('complete')} data-testid="session-complete">
          {t('actions.complete')}
        </Button>
      ) : null}
      {organiser && live ? (
        <Button
          variant="outline"
          color="red.8"
          onClick={() => setOpen('cancel')}
          data-testid="session-cancel"
        >
          {t('actions.cancel')}
        </Button>
      ) : null}

      {open === 'edit' ? <SessionDialog session={s} onClose={close} /> : null}
      <ConfirmModal
        opened={open === 'announce'}
        title={t('actions.announceTitle')}
        message={t('actions.announceMessage')}
        confirmLabel={t('actions.announce')}
        loading={announce.isPending}
        onConfirm={() => announce.mutate()}
        onClose={close}
      />
      <ConfirmModal
        opened={open === 'complete'}
        title={t('actions.completeTitle')}
        message={t('actions.completeMessage', { percent: s.completionPercent })}
        confirmLabel={t('actions.complete')}
        loading={complete.isPending}
        onConfirm={() => complete.mutate()}
        onClose={close}
      />
      {open === 'cancel' ? (
        <ReasonDialog
          title={t('actions.cancelTitle', { reference: s.reference })}
          message={t('actions.cancelMessage')}
          field="reason"
          label={t('fields.reason')}
          required
          submitLabel={t('actions.cancelConfirm')}
          danger
          send={(body) => api.post(`/sessions/${s.id}/cancel`, body)}
          onDone={() => {
            void refresh();
            notifySuccess(t('actions.cancelled'));
          }}
          onClose={close}
          testId="session-cancel"
        />
      ) : null}
    </>
  );
}
