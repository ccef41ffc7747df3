import { Alert, Button, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../app/api-client';
import { errorMessage } from '../../app/problems';
import { Page } from '../../components/page';
import { NewsFrame } from './news-frame';

type Action = 'confirm' | 'unsubscribe';

/**
 * The links of the bulletin's mails. Confirming happens on opening the link; unsubscribing waits for a
 * click, because mail scanners open links too and must not end a subscription.
 */
export function BulletinTokenPage({ action }: { action: Action }) {
  const { t } = useTranslation('news');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const run = useMutation({ mutationFn: () => api.post(`/public/bulletin/${action}`, { token }) });
  const started = useRef(false);
  useEffect(() => {
    if (action !== 'confirm' || started.current || !token) return;
    started.current = true;
    run.mutate();
  }, [action, token, run]);

  return (
    <NewsFrame>
      <Page title={t(`${action}.title`)}>
        <Stack gap="md" maw={640}>
          {!token ? (
            <Alert color="red" variant="light" title={t('token.missing')} />
          ) : run.isSuccess ? (
            <Alert color="green" variant="light" title={t(`${action}.done`)} data-testid="bulletin-done">
              {t(`${action}.doneHint`)}
            </Alert>
          ) : run.isError ? (
            <Alert color="red" variant="light" title={t('token.failed')} data-testid="bulletin-failed">
              {errorMessage(run.error)}
            </Alert>
          ) : action === 'unsubscribe' ? (
            <>
              <Text>{t('unsubscribe.question')}</Text>
              <Button
                color="red.8"
                w="fit-content"
                loading={run.isPending}
                onClick={() => run.mutate()}
                data-testid="unsubscribe-confirm"
              >
                {t('unsubscribe.button')}
              </Button>
            </>
          ) : (
            <Text>{t('confirm.working')}</Text>
          )}
          <Button component={Link} to="/news" variant="default" w="fit-content">
            {t('token.toNews')}
          </Button>
        </Stack>
      </Page>
    </NewsFrame>
  );
}
