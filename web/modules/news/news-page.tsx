import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page';
import { ManageLink } from './manage-link';
import { NewsFilters, useNewsFilters } from './news-filters';
import { NewsFrame } from './news-frame';
import { PostList } from './post-list';

/** The bodies' published news, for anyone; signed-in readers also read those for their municipality. */
export function NewsPage() {
  const { t } = useTranslation('news');
  const filters = useNewsFilters();
  return (
    <NewsFrame>
      <Page title={t('list.newsTitle')} actions={<ManageLink />}>
        <Text c="dimmed" maw={800}>
          {t('list.newsIntro')}
        </Text>
        <NewsFilters filters={filters} />
        <PostList kind="news" filters={filters} />
      </Page>
    </NewsFrame>
  );
}
