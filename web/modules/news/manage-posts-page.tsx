import { Button, Group, NativeSelect, SegmentedControl, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post, PostKind } from '../../../contracts/news';
import { useFormat } from '../../app/format';
import { usePagedList } from '../../app/queries';
import { useMe } from '../../app/session-context';
import { useUrlParam } from '../../app/url-state';
import { Page } from '../../components/page';
import { PagedTable } from '../../components/paged-table';
import { EmptyNotice } from '../../components/query-states';
import { postsKey, publisherBodies } from './news-queries';
import { PostDialog } from './post-dialog';
import { PostRow } from './post-row';

// Past events stay in the publisher's list: the list starts long before any event in Kadar.
const allEvents = '2000-01-01';

type Editing = { post: Post | null; kind: PostKind } | null;

/** The body's posts, drafts included: write, change, publish and delete news and events. */
export function ManagePostsPage() {
  const { t } = useTranslation('news');
  const { t: tc } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const bodies = publisherBodies(me);
  const [bodyParam, setBodyId] = useUrlParam('bodyId');
  const [kindParam, setKind] = useUrlParam('kind');
  const kind: PostKind = kindParam === 'event' ? 'event' : 'news';
  const body = bodies.find((b) => b.organisationId === bodyParam) ?? bodies[0];
  const [editing, setEditing] = useState<Editing>(null);
  const path = kind === 'event' ? '/events' : '/news';
  const list = usePagedList<Post>(
    postsKey,
    path,
    { organisationId: body?.organisationId, from: kind === 'event' ? allEvents : undefined, limit: 50 },
    Boolean(body),
  );
  if (!body)
    return (
      <Page title={t('manage.title')}>
        <EmptyNotice title={t('manage.noBody')} description={t('manage.noBodyHint')} />
      </Page>
    );
  return (
    <Page
      title={t('manage.title')}
      actions={
        <>
          <Button onClick={() => setEditing({ post: null, kind: 'news' })} data-testid="news-new">
            {t('manage.newNews')}
          </Button>
          <Button
            variant="default"
            onClick={() => setEditing({ post: null, kind: 'event' })}
            data-testid="event-new"
          >
            {t('manage.newEvent')}
          </Button>
        </>
      }
    >
      <Text c="dimmed" maw={800}>
        {t('manage.intro')}
      </Text>
      <Group align="flex-end" gap="md" wrap="wrap">
        {bodies.length > 1 ? (
          <NativeSelect
            label={t('fields.publisher')}
            value={body.organisationId}
            onChange={(e) => setBodyId(e.currentTarget.value)}
            data={bodies.map((b) => ({
              value: b.organisationId,
              label: format.name({ name: b.organisationName, nameLatin: b.organisationNameLatin }),
            }))}
          />
        ) : null}
        <SegmentedControl
          aria-label={t('fields.kind')}
          value={kind}
          onChange={(v) => setKind(v === 'event' ? v : null)}
          data={[
            { value: 'news', label: t('kind.news') },
            { value: 'event', label: t('kind.event') },
          ]}
          data-testid="manage-kind"
        />
      </Group>
      <PagedTable
        list={list}
        filtered={false}
        empty={{ title: t(`manage.empty.${kind}`), description: t('manage.emptyHint') }}
        minWidth={760}
        head={
          <>
            <Table.Th scope="col">{t('fields.title')}</Table.Th>
            <Table.Th scope="col">{t('fields.status')}</Table.Th>
            <Table.Th scope="col">{t('fields.audience')}</Table.Th>
            <Table.Th scope="col">{kind === 'event' ? t('fields.when') : t('fields.publishedAt')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{tc('table.actions')}</VisuallyHidden>
            </Table.Th>
          </>
        }
      >
        {(p) => (
          <PostRow
            key={p.id}
            post={p}
            country={body.countryCode}
            onEdit={() => setEditing({ post: p, kind: p.kind })}
          />
        )}
      </PagedTable>
      {editing ? (
        <PostDialog
          post={editing.post}
          kind={editing.kind}
          bodyId={body.organisationId}
          country={body.countryCode}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Page>
  );
}
