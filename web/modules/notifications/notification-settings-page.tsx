import { Card, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  type NotificationChannels,
  type NotificationSettings,
  type NotificationTopic,
  notificationTopics,
} from '../../../contracts/notifications';
import { api } from '../../app/api-client';
import { notifySuccess, reportError } from '../../app/problems';
import { Page } from '../../components/page';
import { ErrorState, LoadingState } from '../../components/query-states';
import { MyBulletin } from '../news/my-bulletin';

const settingsKey = ['notification-settings'];
const channels = ['email', 'inApp'] as const;

/** Topic by channel: each switch saves at once. The weekly bulletin is a subscription of its own. */
export function NotificationSettingsPage() {
  const { t } = useTranslation('network');
  const queryClient = useQueryClient();
  const settings = useQuery({
    queryKey: settingsKey,
    queryFn: () => api.get<NotificationSettings>('/me/notification-settings'),
  });
  const save = useMutation({
    mutationFn: (change: { topic: NotificationTopic; channels: NotificationChannels }) =>
      api.put<NotificationSettings>('/me/notification-settings', {
        topics: { [change.topic]: change.channels },
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsKey, saved);
      notifySuccess(t('settings.saved'));
    },
    onError: (error) => reportError(error),
  });

  return (
    <Page title={t('settings.title')}>
      <Text c="dimmed" maw={800}>
        {t('settings.intro')}
      </Text>
      {settings.isPending ? (
        <LoadingState />
      ) : settings.isError ? (
        <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <Card withBorder padding="md" maw={800}>
          <Table verticalSpacing="sm" data-testid="notification-settings">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.topic')}</Table.Th>
                {channels.map((c) => (
                  <Table.Th key={c} w={140}>
                    {t(`settings.${c}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {notificationTopics.map((topic) => {
                const current = settings.data.topics[topic];
                return (
                  <Table.Tr key={topic}>
                    <Table.Td>{t(`settings.topics.${topic}`)}</Table.Td>
                    {channels.map((c) => (
                      <Table.Td key={c}>
                        <Switch
                          checked={current[c]}
                          disabled={save.isPending}
                          aria-label={t('settings.switchLabel', {
                            topic: t(`settings.topics.${topic}`),
                            channel: t(`settings.${c}`),
                          })}
                          data-testid={`setting-${topic}-${c}`}
                          onChange={(e) =>
                            save.mutate({ topic, channels: { ...current, [c]: e.currentTarget.checked } })
                          }
                        />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Card>
      )}
      <Card withBorder padding="md" maw={800}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('settings.bulletin')}
          </Title>
          <MyBulletin />
        </Stack>
      </Card>
    </Page>
  );
}
