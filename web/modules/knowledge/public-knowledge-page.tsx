import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicAnswer } from '../../../contracts/advisory-answers';
import { usePagedList } from '../../app/queries';
import { useSession } from '../../app/session-context';
import { Page } from '../../components/page';
import { PagedItems } from '../../components/paged-items';
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
        <PagedItems
          list={list}
          filtered={filters.filtered}
          empty={{ title: t('public.empty'), description: t('public.emptyHint') }}
          noMatches={{ title: t('public.noMatches'), description: t('public.noMatchesHint') }}
        >
          {(items, busy) => (
            <Stack gap="sm" aria-busy={busy} data-testid="knowledge-results" maw={900}>
              {items.map((a) => (
                <AnswerCard key={a.id} answer={a} />
              ))}
            </Stack>
          )}
        </PagedItems>
      </Page>
    </CatalogueFrame>
  );
}
