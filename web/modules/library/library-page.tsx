import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryDocument } from '../../../contracts/library-documents';
import { usePagedList } from '../../app/queries';
import { useSession } from '../../app/session-context';
import { Page } from '../../components/page';
import { PagedItems } from '../../components/paged-items';
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
        <PagedItems
          list={list}
          filtered={filters.filtered}
          empty={{ title: t('list.empty'), description: t('list.emptyHint') }}
          noMatches={{ title: t('list.noMatches'), description: t('list.noMatchesHint') }}
        >
          {(items, busy) => (
            <Stack gap="sm" aria-busy={busy} data-testid="library-results" maw={900}>
              {items.map((d) => (
                <DocumentCard key={d.id} document={d} query={filters.search.query} />
              ))}
            </Stack>
          )}
        </PagedItems>
      </Page>
      {uploading ? <DocumentUploadDialog onClose={() => setUploading(false)} /> : null}
    </CatalogueFrame>
  );
}
