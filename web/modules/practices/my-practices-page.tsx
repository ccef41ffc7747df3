import { Anchor, Button, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Practice, practiceStatuses } from '../../../contracts/practices';
import { useFormat } from '../../app/format';
import { useOrganisationScope } from '../../app/organisation-scope';
import { usePagedList } from '../../app/queries';
import { useUrlParam, useUrlSearch } from '../../app/url-state';
import { FilterSelect } from '../../components/filter-select';
import { OrganisationHeading } from '../../components/organisation-heading';
import { Page } from '../../components/page';
import { PagedTable } from '../../components/paged-table';
import { SearchInput } from '../../components/search-input';
import { PracticeStatusBadge, usePracticeText } from './practice-labels';
import { practicesKey } from './practice-queries';

/** The municipality's practices in every status, for its HR officer to write, send and follow. */
export function MyPracticesPage() {
  const { t } = useTranslation('practices');
  const format = useFormat();
  const text = usePracticeText();
  const scope = useOrganisationScope('practices.submit', 'practices.submit');
  const search = useUrlSearch();
  const [status, setStatus] = useUrlParam('status');
  const list = usePagedList<Practice>(
    practicesKey,
    '/practices',
    { organisationId: scope.organisationId, q: search.query, status, limit: 50 },
    Boolean(scope.organisationId),
  );
  const newLink = scope.organisationId
    ? `/practices/new${scope.picks ? `?organisationId=${scope.organisationId}` : ''}`
    : null;
  return (
    <Page
      title={t('mine.title')}
      actions={
        <>
          <Button component={Link} to="/practices" variant="default">
            {t('list.title')}
          </Button>
          {newLink && scope.canManage ? (
            <Button component={Link} to={newLink} data-testid="practice-new">
              {t('form.newTitle')}
            </Button>
          ) : null}
        </>
      }
    >
      <OrganisationHeading
        scope={scope}
        label={t('mine.municipality')}
        placeholder={t('mine.chooseMunicipality')}
        intro={(name) => t('mine.intro', { municipality: name })}
        testId="practices-organisation"
      />
      <Group align="flex-start" gap="md" wrap="wrap">
        <SearchInput search={search} description={t('list.searchHint')} />
        <FilterSelect
          label={t('fields.status')}
          value={status || null}
          onChange={setStatus}
          options={practiceStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
      </Group>
      <PagedTable
        list={list}
        filtered={Boolean(search.query || status)}
        empty={{ title: t('mine.empty'), description: t('mine.emptyHint') }}
        minWidth={800}
        head={
          <>
            <Table.Th scope="col">{t('fields.title')}</Table.Th>
            <Table.Th scope="col">{t('fields.category')}</Table.Th>
            <Table.Th scope="col">{t('fields.status')}</Table.Th>
            <Table.Th scope="col">{t('nominations.label')}</Table.Th>
            <Table.Th scope="col">{t('fields.updatedAt')}</Table.Th>
          </>
        }
      >
        {(p) => (
          <Table.Tr key={p.id} data-testid="practice-row">
            <Table.Td>
              <Anchor component={Link} to={`/practices/${p.id}/edit`} fw={500} lang={text.lang(p.locale)}>
                {text.text(p.locale, p.title)}
              </Anchor>
            </Table.Td>
            <Table.Td>{text.category(p.countryCode, p.categoryCode)}</Table.Td>
            <Table.Td>
              <PracticeStatusBadge status={p.status} />
            </Table.Td>
            <Table.Td>{format.number(p.nominations)}</Table.Td>
            <Table.Td>{format.dateTime(p.updatedAt)}</Table.Td>
          </Table.Tr>
        )}
      </PagedTable>
    </Page>
  );
}
