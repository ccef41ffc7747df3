import { ActionIcon, Anchor, Button, Divider, Group, Indicator, Popover, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotificationItem } from './notification-item';
import { useBell, useMarkRead } from './notifications-queries';

function BellIcon() {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <path
        d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9M10.3 21a1.94 1.94 0 0 0 3.4 0"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** The bell in the header: the unread count, the latest few, and the way to all of them. */
export function NotificationBell() {
  const { t } = useTranslation('network');
  const [opened, { toggle, close }] = useDisclosure(false);
  const bell = useBell();
  const markRead = useMarkRead();
  const unread = bell.data?.unread ?? 0;
  const items = bell.data?.items ?? [];
  return (
    <Indicator
      label={unread > 99 ? '99+' : unread}
      size={18}
      disabled={unread === 0}
      color="red.8"
      offset={4}
      data-testid="bell-badge"
    >
      <Popover
        opened={opened}
        onChange={(o) => (o ? undefined : close())}
        position="bottom-end"
        width={360}
        shadow="md"
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray.8"
            size="lg"
            onClick={toggle}
            aria-label={t('bell.label', { count: unread })}
            data-testid="bell"
          >
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p="xs">
          <Group justify="space-between" px="xs" pb={4}>
            <Text fw={700} size="sm">
              {t('bell.title')}
            </Text>
            <Button
              size="compact-xs"
              variant="subtle"
              disabled={unread === 0}
              loading={markRead.isPending}
              onClick={() => markRead.mutate(undefined)}
              data-testid="bell-mark-all"
            >
              {t('bell.markAll')}
            </Button>
          </Group>
          <Divider />
          <Stack gap={0} py={4} mah={420} style={{ overflowY: 'auto' }}>
            {items.length === 0 ? (
              <Text size="sm" c="dimmed" p="xs">
                {t('bell.empty')}
              </Text>
            ) : (
              items.map((item) => <NotificationItem key={item.id} item={item} onOpen={close} />)
            )}
          </Stack>
          <Divider />
          <Group justify="space-between" px="xs" pt={6}>
            <Anchor component={Link} to="/notifications" size="sm" onClick={close}>
              {t('bell.all')}
            </Anchor>
            <Anchor component={Link} to="/settings/notifications" size="sm" onClick={close}>
              {t('bell.settings')}
            </Anchor>
          </Group>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
