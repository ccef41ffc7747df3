import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { LibraryDocument } from '../../../contracts/library-documents';
import { useFormat } from '../../app/format';
import { useSession } from '../../app/session-context';
import { DetailList } from '../../components/detail-list';
import { Page } from '../../components/page';
import { ErrorState, LoadingState } from '../../components/query-states';
import { CatalogueFrame } from '../catalogue/catalogue-frame';
import { FileSection } from '../people/file-section';
import { DocumentActions } from './document-actions';
import { DocumentDownload } from './document-download';
import { useDocumentFacts } from './document-facts';
import { DocumentVersions } from './document-versions';
import { KindBadge } from './library-labels';
import { useDocument } from './library-queries';

/** One document: what it is, who published it for whom, its current file and its history. */
export function DocumentPage() {
  const { t } = useTranslation('library');
  const { id = '' } = useParams();
  const { me } = useSession();
  const document = useDocument(id, Boolean(me));
  const back = { to: '/library', label: t('list.title') };
  return (
    <CatalogueFrame>
      {document.data ? (
        <DocumentView document={document.data} back={back} signedIn={Boolean(me)} />
      ) : (
        <Page title={t('detail.loadingTitle')} back={back}>
          {document.isError ? (
            <ErrorState error={document.error} onRetry={() => void document.refetch()} />
          ) : (
            <LoadingState />
          )}
        </Page>
      )}
    </CatalogueFrame>
  );
}

type ViewProps = { document: LibraryDocument; back: { to: string; label: string }; signedIn: boolean };

function DocumentView({ document: d, back, signedIn }: ViewProps) {
  const { t } = useTranslation('library');
  const format = useFormat();
  const facts = useDocumentFacts();
  const audience =
    d.audienceName !== null
      ? format.name({ name: d.audienceName, nameLatin: d.audienceNameLatin ?? '' })
      : null;
  return (
    <Page title={facts.title(d)} back={back} actions={d.canManage ? <DocumentActions document={d} /> : null}>
      <Stack gap="lg" maw={900}>
        <Group gap="xs">
          <KindBadge document={d} />
          <Badge variant="light" color="gray" tt="none" radius="sm" data-testid="document-visibility-badge">
            {t(`visibility.${d.visibility}`)}
          </Badge>
        </Group>
        {d.summary ? (
          <Text className="pre-wrap" lang={facts.lang(d)}>
            {facts.text(d, d.summary)}
          </Text>
        ) : null}
        <FileSection title={t('detail.current')}>
          <Text data-testid="document-current-version">{facts.version(d)}</Text>
          <Text size="sm" c="dimmed">
            {[d.current.fileName, facts.size(d), facts.downloads(d)].join(' · ')}
          </Text>
          <Group>
            <DocumentDownload document={d} variant="filled" testId="document-download-current" />
          </Group>
        </FileSection>
        <FileSection title={t('detail.about')}>
          <DetailList
            items={[
              { label: t('fields.publisher'), value: facts.publisher(d) },
              { label: t('fields.language'), value: facts.language(d) },
              { label: t('fields.topics'), value: facts.topics(d) || '—' },
              { label: t('fields.tags'), value: d.tags.length > 0 ? d.tags.join(', ') : '—' },
              {
                label: t('fields.visibility'),
                value: audience
                  ? t('detail.sharedWith', { organisation: audience })
                  : t(`visibility.${d.visibility}`),
              },
              { label: t('detail.published'), value: format.date(d.createdAt) },
            ]}
          />
        </FileSection>
        {signedIn ? <DocumentVersions document={d} /> : null}
      </Stack>
    </Page>
  );
}
