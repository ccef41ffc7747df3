import { Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { Notification } from '../../../contracts/notifications';
import { useFormat } from '../../app/format';
import { useMarkRead } from './notifications-queries';

/** One notification: following its link marks it read. Unread ones are bold with a dot. */
export function NotificationItem({ item, onOpen }: { item: Notification; onOpen?: () => void }) {
  const format = useFormat();
  const navigate = useNavigate();
  const markRead = useMarkRead();
  const unread = item.readAt === null;
  return (
    <UnstyledButton
      component="a"
      href={item.path}
      data-testid="notification"
      data-unread={unread}
      p="xs"
      style={{ borderRadius: 'var(--mantine-radius-sm)', display: 'block' }}
      onClick={(e) => {
        e.preventDefault();
        if (unread) markRead.mutate([item.id]);
        onOpen?.();
        void navigate(item.path);
      }}
    >
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <span
          aria-hidden="true"
          style={{
            width: 8,
            height: 8,
            marginTop: 7,
            flex: 'none',
            borderRadius: '50%',
            background: unread ? 'var(--mantine-color-blue-7)' : 'transparent',
          }}
        />
        <Stack gap={2}>
          <Text size="sm" fw={unread ? 700 : 400}>
            {item.title}
          </Text>
          <Text size="xs" c="dimmed">
            {format.dateTime(item.createdAt)}
          </Text>
        </Stack>
      </Group>
    </UnstyledButton>
  );
}
