import { Anchor, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Practice, practiceStatuses } from '../../../contracts/practices';
import { useFormat } from '../../app/format';
import { usePagedList } from '../../app/queries';
import { useMe } from '../../app/session-context';
import { useUrlParam, useUrlSearch } from '../../app/url-state';
import { FilterSelect } from '../../components/filter-select';
import { Page } from '../../components/page';
import { PagedTable } from '../../components/paged-table';
import { EmptyNotice } from '../../components/query-states';
import { SearchInput } from '../../components/search-input';
import { PracticeStatusBadge, usePracticeText } from './practice-labels';
import { moderatingBody } from './practice-moderators';
import { practicesKey } from './practice-queries';

/** The association's queue: the practices its country's municipalities sent, those waiting first. */
export function ModerationQueuePage() {
  const { t } = useTranslation('practices');
  const format = useFormat();
  const text = usePracticeText();
  const body = moderatingBody(useMe());
  const search = useUrlSearch();
  const [status, setStatus] = useUrlParam('status');
  const list = usePagedList<Practice>(
    practicesKey,
    '/practices',
    { bodyId: body?.organisationId, q: search.query, status, limit: 50 },
    Boolean(body),
  );
  return (
    <Page title={t('moderation.title')}>
      {!body ? (
        <EmptyNotice description={t('moderation.noBody')} />
      ) : (
        <>
          <Group align="flex-start" gap="md" wrap="wrap">
            <SearchInput search={search} description={t('list.searchHint')} />
            <FilterSelect
              label={t('fields.status')}
              value={status || null}
              onChange={setStatus}
              options={practiceStatuses
                .filter((s) => s !== 'draft')
                .map((s) => ({ value: s, label: t(`status.${s}`) }))}
            />
          </Group>
          <PagedTable
            list={list}
            filtered={Boolean(search.query || status)}
            empty={{ title: t('moderation.empty'), description: t('moderation.emptyHint') }}
            minWidth={900}
            head={
              <>
                <Table.Th scope="col">{t('fields.title')}</Table.Th>
                <Table.Th scope="col">{t('fields.municipality')}</Table.Th>
                <Table.Th scope="col">{t('fields.category')}</Table.Th>
                <Table.Th scope="col">{t('fields.status')}</Table.Th>
                <Table.Th scope="col">{t('fields.submittedAt')}</Table.Th>
              </>
            }
          >
            {(p) => (
              <Table.Tr key={p.id} data-testid="moderation-row">
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/practices/moderation/${p.id}`}
                    fw={500}
                    lang={text.lang(p.locale)}
                  >
                    {text.text(p.locale, p.title)}
                  </Anchor>
                </Table.Td>
                <Table.Td>{text.municipality(p)}</Table.Td>
                <Table.Td>{text.category(p.countryCode, p.categoryCode)}</Table.Td>
                <Table.Td>
                  <PracticeStatusBadge status={p.status} />
                </Table.Td>
                <Table.Td>{format.dateTime(p.submittedAt)}</Table.Td>
              </Table.Tr>
            )}
          </PagedTable>
        </>
      )}
    </Page>
  );
}
