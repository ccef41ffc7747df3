import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Post } from '../../../contracts/news';
import { api } from '../../app/api-client';
import { notifySuccess, reportError } from '../../app/problems';
import { ConfirmModal } from '../../components/confirm-modal';
import { RowActions } from '../../components/row-actions';
import { useRefreshPosts } from './news-queries';
import { usePostText } from './news-text';

/** One of the body's posts: its state, and edit, publish and delete. */
export function PostRow({ post: p, country, onEdit }: { post: Post; country: string; onEdit: () => void }) {
  const { t } = useTranslation('news');
  const { t: tc } = useTranslation();
  const text = usePostText();
  const refresh = useRefreshPosts();
  const [deleting, setDeleting] = useState(false);
  const path = `/${p.kind === 'event' ? 'events' : 'news'}/${p.id}`;
  const publish = useMutation({
    mutationFn: () => api.post<Post>(`${path}/publish`),
    onSuccess: async () => {
      notifySuccess(t('manage.published'));
      await refresh();
    },
    onError: (error) => reportError(error),
  });
  const remove = useMutation({
    mutationFn: () => api.delete(path),
    onSuccess: async () => {
      notifySuccess(t('manage.deleted'));
      setDeleting(false);
      await refresh();
    },
    onError: (error) => reportError(error),
  });
  const title = text.text(p.locale, p.title);
  return (
    <Table.Tr data-testid="post-row">
      <Table.Td style={{ overflowWrap: 'anywhere' }} lang={text.lang(p.locale)}>
        {p.status === 'published' ? (
          <Anchor component={Link} to={path}>
            {title}
          </Anchor>
        ) : (
          title
        )}
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={p.status === 'published' ? 'green' : 'gray'} tt="none" radius="sm">
          {t(`status.${p.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {p.audience === 'organisations'
            ? t('audience.count', { count: p.audienceIds.length })
            : t(`audience.${p.audience}`, { country: tc(`countries.${country}`) })}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{p.kind === 'event' ? text.when(p) : text.date(p.publishedAt)}</Text>
      </Table.Td>
      <Table.Td>
        {p.canManage ? (
          <Group gap={4} wrap="nowrap">
            {p.status === 'draft' ? (
              <Button
                size="compact-sm"
                variant="light"
                loading={publish.isPending}
                onClick={() => publish.mutate()}
                data-testid="post-publish"
              >
                {t('manage.publish')}
              </Button>
            ) : null}
            <RowActions
              edit={{ label: tc('actions.edit'), onClick: onEdit }}
              removeLabel={t('manage.deleteNamed', { title })}
              onRemove={() => setDeleting(true)}
            />
          </Group>
        ) : null}
        <ConfirmModal
          opened={deleting}
          title={t('manage.deleteTitle')}
          message={t('manage.deleteMessage', { title })}
          confirmLabel={t('manage.delete')}
          danger
          loading={remove.isPending}
          onConfirm={() => remove.mutate()}
          onClose={() => setDeleting(false)}
        />
      </Table.Td>
    </Table.Tr>
  );
}
