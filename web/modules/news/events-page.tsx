import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page';
import { CalendarFeeds } from './calendar-feeds';
import { ManageLink } from './manage-link';
import { NewsFilters, useNewsFilters } from './news-filters';
import { NewsFrame } from './news-frame';
import { PostList } from './post-list';

/** Upcoming events, soonest first, and the country's calendar feed to subscribe to. */
export function EventsPage() {
  const { t } = useTranslation('news');
  const filters = useNewsFilters();
  return (
    <NewsFrame>
      <Page title={t('list.eventsTitle')} actions={<ManageLink />}>
        <Text c="dimmed" maw={800}>
          {t('list.eventsIntro')}
        </Text>
        <CalendarFeeds country={filters.country} />
        <NewsFilters filters={filters} />
        <PostList kind="events" filters={filters} />
      </Page>
    </NewsFrame>
  );
}
