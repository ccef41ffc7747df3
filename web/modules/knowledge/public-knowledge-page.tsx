import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicAnswer } from '../../../contracts/advisory-answers';
import { usePagedList } from '../../app/queries';
import { useSession } from '../../app/session-context';
import { LoadMoreButton } from '../../components/load-more-button';
import { Page } from '../../components/page';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
import { CatalogueFrame } from '../catalogue/catalogue-frame';
import { AnswerCard } from './answer-card';
import { KnowledgeFilters, useKnowledgeFilters } from './knowledge-filters';
import { publicKnowledgeKey } from './knowledge-queries';

/** The associations' published answers, for anyone: one search over both scripts, filters, results. */
export function PublicKnowledgePage() {
  const { t } = useTranslation('knowledge');
  const { can } = useSession();
  const filters = useKnowledgeFilters();
  const list = usePagedList<PublicAnswer>(publicKnowledgeKey, '/public/knowledge', {
    ...filters.params,
    limit: 20,
  });

  return (
    <CatalogueFrame>
      <Page
        title={t('public.title')}
        actions={
          can('advice.answer') ? (
            <Button component={Link} to="/knowledge/manage" variant="default" data-testid="knowledge-manage">
              {t('manage.title')}
            </Button>
          ) : null
        }
      >
        <Text c="dimmed" maw={800}>
          {t('public.intro')}
        </Text>
        <KnowledgeFilters filters={filters} />
        {list.isPending ? (
          <LoadingState />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : list.items.length === 0 ? (
          <EmptyNotice
            title={filters.filtered ? t('public.noMatches') : t('public.empty')}
            description={filters.filtered ? t('public.noMatchesHint') : t('public.emptyHint')}
          />
        ) : (
          <>
            <Stack gap="sm" aria-busy={list.isFetching} data-testid="knowledge-results" maw={900}>
              {list.items.map((a) => (
                <AnswerCard key={a.id} answer={a} />
              ))}
            </Stack>
            <LoadMoreButton query={list} />
          </>
        )}
      </Page>
    </CatalogueFrame>
  );
}
