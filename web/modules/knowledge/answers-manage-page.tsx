import { Anchor, Button, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Answer, answerStatuses } from '../../../contracts/advisory-answers';
import { useFormat } from '../../app/format';
import { usePagedList } from '../../app/queries';
import { useUrlParam, useUrlSearch } from '../../app/url-state';
import { FilterSelect } from '../../components/filter-select';
import { Page } from '../../components/page';
import { PagedTable } from '../../components/paged-table';
import { SearchInput } from '../../components/search-input';
import { AnswerStatusBadge, RecheckBadge, useKnowledgeText } from './knowledge-labels';
import { answersKey } from './knowledge-queries';

/** The association's knowledge-base entries, drafts included, for its experts to review and keep current. */
export function AnswersManagePage() {
  const { t } = useTranslation('knowledge');
  const format = useFormat();
  const text = useKnowledgeText();
  const search = useUrlSearch();
  const [status, setStatus] = useUrlParam('status');
  const [needsRecheck, setNeedsRecheck] = useUrlParam('needsRecheck');
  const list = usePagedList<Answer>(answersKey, '/answers', {
    q: search.query,
    status,
    needsRecheck,
    limit: 50,
  });
  return (
    <Page
      title={t('manage.title')}
      actions={
        <>
          <Button component={Link} to="/laws" variant="default">
            {t('laws.title')}
          </Button>
          <Button component={Link} to="/knowledge" variant="default">
            {t('public.title')}
          </Button>
        </>
      }
    >
      <Group align="flex-start" gap="md" wrap="wrap">
        <SearchInput search={search} description={t('public.searchHint')} />
        <FilterSelect
          label={t('fields.status')}
          value={status || null}
          onChange={setStatus}
          options={answerStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
        <FilterSelect
          label={t('recheck.filter')}
          value={needsRecheck || null}
          onChange={setNeedsRecheck}
          options={[
            { value: 'true', label: t('recheck.only') },
            { value: 'false', label: t('recheck.current') },
          ]}
        />
      </Group>
      <PagedTable
        list={list}
        filtered={Boolean(search.query || status || needsRecheck)}
        empty={{ title: t('manage.empty'), description: t('manage.emptyHint') }}
        minWidth={800}
        head={
          <>
            <Table.Th scope="col">{t('fields.title')}</Table.Th>
            <Table.Th scope="col">{t('fields.topic')}</Table.Th>
            <Table.Th scope="col">{t('fields.status')}</Table.Th>
            <Table.Th scope="col">{t('fields.checkedOn')}</Table.Th>
            <Table.Th scope="col">{t('fields.updatedAt')}</Table.Th>
          </>
        }
      >
        {(a) => (
          <Table.Tr key={a.id} data-testid="answer-row">
            <Table.Td>
              <Anchor component={Link} to={`/knowledge/manage/${a.id}`} fw={500}>
                {text.text(a, a.title)}
              </Anchor>
            </Table.Td>
            <Table.Td>{text.topic(a)}</Table.Td>
            <Table.Td>
              <Group gap={4}>
                <AnswerStatusBadge status={a.status} />
                {a.needsRecheck ? <RecheckBadge /> : null}
              </Group>
            </Table.Td>
            <Table.Td>{format.date(a.checkedOn)}</Table.Td>
            <Table.Td>{format.dateTime(a.updatedAt)}</Table.Td>
          </Table.Tr>
        )}
      </PagedTable>
    </Page>
  );
}
