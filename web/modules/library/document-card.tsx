import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { LibraryDocument } from '../../../contracts/library-documents';
import { DocumentDownload } from './document-download';
import { useDocumentFacts } from './document-facts';
import { HighlightedExcerpt, KindBadge } from './library-labels';

/** One search result: title, kind, facts, where the words were found, and the download. */
export function DocumentCard({ document: d, query }: { document: LibraryDocument; query: string }) {
  const facts = useDocumentFacts();
  const topics = facts.topics(d);
  return (
    <Card withBorder radius="md" padding="md" component="article" data-testid="document-result">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Anchor
            component={Link}
            to={`/library/${d.id}`}
            fw={600}
            lang={facts.lang(d)}
            style={{ overflowWrap: 'anywhere' }}
          >
            {facts.title(d)}
          </Anchor>
          <KindBadge document={d} />
        </Group>
        {topics ? <Text size="sm">{topics}</Text> : null}
        <Text size="sm" c="dimmed">
          {[facts.publisher(d), facts.language(d), facts.version(d), facts.size(d), facts.downloads(d)].join(
            ' · ',
          )}
        </Text>
        {d.excerpt && query ? (
          <HighlightedExcerpt excerpt={facts.text(d, d.excerpt)} query={query} lang={facts.lang(d)} />
        ) : null}
        <Group>
          <DocumentDownload document={d} testId="document-download" />
        </Group>
      </Stack>
    </Card>
  );
}
