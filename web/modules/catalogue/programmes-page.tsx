import { Anchor, Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Programme } from '../../../contracts/learning-catalogue';
import { usePagedList } from '../../app/queries';
import { Page } from '../../components/page';
import { PagedTable } from '../../components/paged-table';
import { ProgrammeStatusBadge, useCatalogueText } from './catalogue-labels';
import { programmesKey, useStoreProgramme } from './catalogue-queries';
import { ProgrammeDialog } from './programme-dialog';
import { ProgrammeFilters, useProgrammeFilters } from './programme-filters';
import { useManagedOwners } from './programme-owners';

/** The catalogue as the signed-in reader sees it: published programmes and their own organisation's drafts. */
export function ProgrammesPage() {
  const { t } = useTranslation('catalogue');
  const text = useCatalogueText();
  const navigate = useNavigate();
  const store = useStoreProgramme();
  const owners = useManagedOwners();
  const filters = useProgrammeFilters(true);
  const list = usePagedList<Programme>(programmesKey, '/programmes', { ...filters.params, limit: 50 });
  const [creating, setCreating] = useState(false);

  return (
    <Page
      title={t('list.title')}
      actions={
        <>
          <Button component={Link} to="/catalogue" variant="default">
            {t('list.publicCatalogue')}
          </Button>
          {owners.length > 0 ? (
            <Button onClick={() => setCreating(true)} data-testid="programme-new">
              {t('list.new')}
            </Button>
          ) : null}
        </>
      }
    >
      <Text c="dimmed" size="sm" maw={800}>
        {t('list.intro')}
      </Text>
      <ProgrammeFilters filters={filters} />
      <PagedTable
        list={list}
        filtered={filters.filtered}
        empty={{
          title: t('list.empty'),
          description: owners.length > 0 ? t('list.emptyManageHint') : t('list.emptyHint'),
        }}
        minWidth={960}
        head={
          <>
            <Table.Th scope="col">{t('fields.title')}</Table.Th>
            <Table.Th scope="col">{t('fields.code')}</Table.Th>
            <Table.Th scope="col">{t('fields.owner')}</Table.Th>
            <Table.Th scope="col">{t('fields.topicArea')}</Table.Th>
            <Table.Th scope="col">{t('fields.duration')}</Table.Th>
            <Table.Th scope="col">{t('fields.status')}</Table.Th>
          </>
        }
      >
        {(p) => (
          <Table.Tr key={p.id} data-testid="programme-row">
            <Table.Td>
              <Anchor component={Link} to={`/programmes/${p.id}`} fw={500}>
                {text.title(p)}
              </Anchor>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{p.code}</Table.Td>
            <Table.Td>{text.owner(p)}</Table.Td>
            <Table.Td>{text.topicArea(p.topicArea, p.countryCode)}</Table.Td>
            <Table.Td>{text.duration(p)}</Table.Td>
            <Table.Td>
              <ProgrammeStatusBadge status={p.status} />
            </Table.Td>
          </Table.Tr>
        )}
      </PagedTable>
      {creating ? (
        <ProgrammeDialog
          owners={owners}
          onClose={() => setCreating(false)}
          onSaved={async (saved) => {
            await store(saved);
            void navigate(`/programmes/${saved.id}`);
          }}
        />
      ) : null}
    </Page>
  );
}
