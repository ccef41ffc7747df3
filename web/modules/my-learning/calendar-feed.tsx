import { Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess, reportError } from '../../app/problems';
import { ConfirmModal } from '../../components/confirm-modal';
import { ErrorState, LoadingState } from '../../components/query-states';
import { useCalendarFeed, useResetCalendarFeed } from './my-learning-queries';

/**
 * The personal calendar address: a phone or mail calendar subscribed to it shows every confirmed
 * session. Anyone holding the address can read it, so it can be replaced by a new one.
 */
export function CalendarFeed() {
  const { t } = useTranslation('my-learning');
  const feed = useCalendarFeed();
  const reset = useResetCalendarFeed();
  const [confirming, setConfirming] = useState(false);
  if (feed.isPending) return <LoadingState />;
  if (feed.isError) return <ErrorState error={feed.error} onRetry={() => void feed.refetch()} />;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" maw={800}>
        {t('calendar.intro')}
      </Text>
      <Group align="flex-end" gap="xs" wrap="wrap">
        <TextInput
          label={t('calendar.address')}
          value={feed.data.url}
          readOnly
          onFocus={(e) => e.currentTarget.select()}
          w={{ base: '100%', sm: 520 }}
          data-testid="calendar-url"
        />
        <CopyButton value={feed.data.url}>
          {({ copied, copy }) => (
            <Button variant={copied ? 'light' : 'default'} onClick={copy} data-testid="calendar-copy">
              {copied ? t('calendar.copied') : t('calendar.copy')}
            </Button>
          )}
        </CopyButton>
        <Button variant="subtle" color="red.8" onClick={() => setConfirming(true)}>
          {t('calendar.reset')}
        </Button>
      </Group>
      <ConfirmModal
        opened={confirming}
        title={t('calendar.resetTitle')}
        message={t('calendar.resetMessage')}
        confirmLabel={t('calendar.reset')}
        danger
        loading={reset.isPending}
        onConfirm={() =>
          reset.mutate(undefined, {
            onSuccess: () => {
              notifySuccess(t('calendar.resetDone'));
              setConfirming(false);
            },
            onError: (error) => {
              setConfirming(false);
              reportError(error);
            },
          })
        }
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}
