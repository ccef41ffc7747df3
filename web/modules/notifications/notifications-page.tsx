import { Button, Card, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Notification } from '../../../contracts/notifications';
import { notifySuccess } from '../../app/problems';
import { usePagedList } from '../../app/queries';
import { Page } from '../../components/page';
import { PagedItems } from '../../components/paged-items';
import { NotificationItem } from './notification-item';
import { notificationsKey, useBell, useMarkRead } from './notifications-queries';

/** Every notification of the user, newest first, a page at a time. */
export function NotificationsPage() {
  const { t } = useTranslation('network');
  const list = usePagedList<Notification>(notificationsKey, '/notifications', { limit: 20 });
  const bell = useBell();
  const markRead = useMarkRead();
  const unread = bell.data?.unread ?? 0;
  return (
    <Page
      title={t('notifications.title')}
      actions={
        <>
          <Button
            variant="default"
            disabled={unread === 0}
            loading={markRead.isPending}
            onClick={() =>
              markRead.mutate(undefined, { onSuccess: () => notifySuccess(t('notifications.allRead')) })
            }
            data-testid="notifications-mark-all"
          >
            {t('notifications.markAll')}
          </Button>
          <Button component={Link} to="/settings/notifications" variant="default">
            {t('notifications.settings')}
          </Button>
        </>
      }
    >
      <PagedItems
        list={list}
        filtered={false}
        empty={{ title: t('notifications.empty'), description: t('notifications.emptyHint') }}
      >
        {(items, busy) => (
          <Card withBorder padding="xs" maw={800}>
            <Stack gap={0} aria-busy={busy} data-testid="notifications-list">
              {items.map((item) => (
                <NotificationItem key={item.id} item={item} />
              ))}
            </Stack>
          </Card>
        )}
      </PagedItems>
    </Page>
  );
}
