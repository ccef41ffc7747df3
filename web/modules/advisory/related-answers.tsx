import { Anchor, Card, List, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicAnswer } from '../../../contracts/advisory-answers';
import { knowledgeSearch } from './advisory-queries';

/**
 * The search asks every word to match, so a whole sentence would find nothing: look up the few
 * longest words, each cut to a stem (Serbian and Bulgarian nouns change their endings), and rank
 * the answers by how many of them they match.
 */
export function searchStems(text: string): string[] {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 5)
    .map((w) => w.slice(0, 6));
  return [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, 3);
}

/** Published answers close to what is being asked, so a question answered before need not be asked again. */
export function RelatedAnswers({
  country,
  title,
  text,
}: {
  country: string | undefined;
  title: string;
  text: string;
}) {
  const { t } = useTranslation('advisory');
  const [typed] = useDebouncedValue(title.trim() || text.trim().slice(0, 300), 500);
  const stems = searchStems(typed);
  const results = useQueries({ queries: stems.map((stem) => knowledgeSearch(country, stem)) });
  const hits = new Map<string, { answer: PublicAnswer; score: number }>();
  for (const result of results)
    for (const answer of result.data?.items ?? []) {
      const seen = hits.get(answer.id);
      hits.set(answer.id, { answer, score: (seen?.score ?? 0) + 1 });
    }
  const related = [...hits.values()].sort((a, b) => b.score - a.score).slice(0, 5);
  if (related.length === 0) return null;
  return (
    <Card withBorder padding="md" data-testid="related-answers" aria-live="polite">
      <Stack gap="xs">
        <Text fw={600}>{t('form.relatedTitle')}</Text>
        <Text size="sm" c="dimmed">
          {t('form.relatedHint')}
        </Text>
        <List size="sm" spacing={4}>
          {related.map(({ answer }) => (
            <List.Item key={answer.id}>
              <Anchor component={Link} to={`/knowledge/${answer.id}`} target="_blank">
                {answer.title}
              </Anchor>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}
