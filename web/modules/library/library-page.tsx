import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryDocument } from '../../../contracts/library-documents';
import { usePagedList } from '../../app/queries';
import { useSession } from '../../app/session-context';
import { LoadMoreButton } from '../../components/load-more-button';
import { Page } from '../../components/page';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
import { CatalogueFrame } from '../catalogue/catalogue-frame';
import { DocumentCard } from './document-card';
import { DocumentUploadDialog } from './document-upload-dialog';
import { LibraryFilters, useLibraryFilters } from './library-filters';
import { documentsPath, libraryKey } from './library-queries';

/** Handbooks, model acts, regulations and templates: one search over titles and the files' own text. */
export function LibraryPage() {
  const { t } = useTranslation('library');
  const { me, can } = useSession();
  const [uploading, setUploading] = useState(false);
  const filters = useLibraryFilters();
  const signedIn = Boolean(me);
  const list = usePagedList<LibraryDocument>(libraryKey, documentsPath(signedIn), {
    ...filters.params,
    limit: 20,
  });

  return (
    <CatalogueFrame>
      <Page
        title={t('list.title')}
        actions={
          can('library.manage') ? (
            <Button onClick={() => setUploading(true)} data-testid="library-upload">
              {t('upload.open')}
            </Button>
          ) : null
        }
      >
        <Text c="dimmed" maw={800}>
          {signedIn ? t('list.introSignedIn') : t('list.intro')}
        </Text>
        <LibraryFilters filters={filters} />
        {list.isPending ? (
          <LoadingState />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : list.items.length === 0 ? (
          <EmptyNotice
            title={filters.filtered ? t('list.noMatches') : t('list.empty')}
            description={filters.filtered ? t('list.noMatchesHint') : t('list.emptyHint')}
          />
        ) : (
          <>
            <Stack gap="sm" aria-busy={list.isFetching} data-testid="library-results" maw={900}>
              {list.items.map((d) => (
                <DocumentCard key={d.id} document={d} query={filters.search.query} />
              ))}
            </Stack>
            <LoadMoreButton query={list} />
          </>
        )}
      </Page>
      {uploading ? <DocumentUploadDialog onClose={() => setUploading(false)} /> : null}
    </CatalogueFrame>
  );
}
