import { Alert, Button, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { z } from 'zod';
import type { checkInResultSchema } from '../../../contracts/learning-sessions';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { errorMessage } from '../../app/problems';
import { DetailList } from '../../components/detail-list';
import { Page } from '../../components/page';
import { LoadingState } from '../../components/query-states';
import { useLearningText } from './my-learning-labels';
import { useRefreshLearning } from './my-learning-queries';

type CheckInResult = z.infer<typeof checkInResultSchema>;

/**
 * Where a day's QR code leads: the signed-in participant is marked present at once (they scanned
 * it in the room) and sees which session and day it was, or why it failed.
 */
export function CheckInPage() {
  const { t } = useTranslation('my-learning');
  const { token = '' } = useParams();
  const format = useFormat();
  const text = useLearningText();
  const refresh = useRefreshLearning();
  const checkIn = useMutation({
    mutationFn: () => api.post<CheckInResult>('/check-in', { token }),
    onSuccess: () => refresh(),
  });
  // Once per page, even when React runs the effect twice in development.
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    checkIn.mutate();
  }, [checkIn]);

  return (
    <Page title={t('checkIn.title')}>
      <Stack maw={720}>
        {checkIn.isSuccess ? (
          <>
            <Alert color="green" variant="light" title={t('checkIn.done')} data-testid="check-in-done">
              {t('checkIn.doneText')}
            </Alert>
            <DetailList
              items={[
                { label: t('checkIn.programme'), value: text.title(checkIn.data.programmeTitle) },
                { label: t('checkIn.day'), value: format.date(checkIn.data.date) },
              ]}
            />
          </>
        ) : checkIn.isError ? (
          <Alert color="red" variant="light" title={t('checkIn.failed')} data-testid="check-in-failed">
            {errorMessage(checkIn.error)}
          </Alert>
        ) : (
          <LoadingState label={t('checkIn.working')} />
        )}
        {checkIn.isIdle || checkIn.isPending ? null : (
          <Button component={Link} to="/my-learning" variant="default" w="fit-content">
            {t('checkIn.toMyTrainings')}
          </Button>
        )}
      </Stack>
    </Page>
  );
}
