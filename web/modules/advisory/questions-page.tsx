import { Alert, Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Question, questionStatuses } from '../../../contracts/advisory-questions';
import { useLocale } from '../../app/format';
import { usePagedList } from '../../app/queries';
import { useMe, useSession } from '../../app/session-context';
import { useUrlParam, useUrlSearch } from '../../app/url-state';
import { FilterSelect } from '../../components/filter-select';
import { Page } from '../../components/page';
import { SearchInput } from '../../components/search-input';
import { packText } from './advisory-labels';
import { useAdviceRules } from './advisory-queries';
import { askingMunicipality, expertBody } from './advisory-side';
import { QuestionsTable } from './questions-table';

const tabs = ['open', 'mine', 'all'] as const;
type Tab = (typeof tabs)[number];

/** A municipality's questions to its association, or the association's queue for its advisers. */
export function QuestionsPage() {
  const { t } = useTranslation('advisory');
  const { can } = useSession();
  const me = useMe();
  const body = expertBody(me);
  const asking = askingMunicipality(me);
  // An adviser works from the queue; everyone else who may ask sees their municipality's questions.
  const expertView = Boolean(body) || (!asking && can('advice.answer'));
  return (
    <Page
      title={t('list.title')}
      actions={
        can('advice.ask') ? (
          <Button component={Link} to="/advice/new" data-testid="new-question">
            {t('list.ask')}
          </Button>
        ) : null
      }
    >
      <Text c="dimmed" size="sm" maw={800}>
        {expertView ? t('list.expertIntro') : t('list.askerIntro')}
      </Text>
      {expertView ? (
        <ExpertQueue bodyId={body?.organisationId} country={body?.countryCode} />
      ) : (
        <QuestionList
          params={{ organisationId: asking?.organisationId }}
          country={asking?.countryCode}
          showMunicipality={!asking}
        />
      )}
    </Page>
  );
}

function ExpertQueue({ bodyId, country }: { bodyId: string | undefined; country: string | undefined }) {
  const { t } = useTranslation('advisory');
  const [tab, setTab] = useUrlParam('tab');
  const current: Tab = tabs.find((x) => x === tab) ?? 'open';
  return (
    <Tabs value={current} onChange={(v) => setTab(v === 'open' ? null : v)} keepMounted={false}>
      <Tabs.List>
        {tabs.map((x) => (
          <Tabs.Tab key={x} value={x} data-testid={`questions-tab-${x}`}>
            {t(`tabs.${x}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {tabs.map((x) => (
        <Tabs.Panel key={x} value={x} pt="md">
          <QuestionList
            params={{ bodyId, queue: x === 'all' ? undefined : x }}
            country={country}
            showMunicipality
            queue={x !== 'all'}
          />
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}

type ListProps = {
  params: { organisationId?: string; bodyId?: string; queue?: 'open' | 'mine' };
  country: string | undefined;
  showMunicipality: boolean;
  /** A queue is sorted by due date and holds open questions only: no status filter. */
  queue?: boolean;
};

function QuestionList({ params, country, showMunicipality, queue = false }: ListProps) {
  const { t } = useTranslation('advisory');
  const locale = useLocale();
  const search = useUrlSearch();
  const [status, setStatus] = useUrlParam('status');
  const [areaCode, setAreaCode] = useUrlParam('area');
  const areas = useAdviceRules(country).data?.areas;
  const list = usePagedList<Question>('questions', '/questions', {
    ...params,
    q: search.query,
    status: queue ? undefined : status,
    areaCode,
  });
  const overdue = list.items.filter((q) => q.overdue).length;
  const filtered = Boolean(search.query || areaCode || (!queue && status));
  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end">
        <SearchInput search={search} description={t('list.searchHint')} />
        {queue ? null : (
          <FilterSelect
            label={t('fields.status')}
            value={status || null}
            onChange={setStatus}
            options={questionStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          />
        )}
        <FilterSelect
          label={t('fields.area')}
          value={areaCode || null}
          onChange={setAreaCode}
          options={(areas ?? []).map((a) => ({ value: a.code, label: packText(locale, a) }))}
        />
      </Group>
      {overdue > 0 ? (
        <Alert color="red" variant="light" title={t('list.overdueTitle')} data-testid="overdue-alert">
          {t('list.overdueCount', { count: overdue })}
        </Alert>
      ) : null}
      <QuestionsTable
        list={list}
        filtered={filtered}
        areas={areas}
        showMunicipality={showMunicipality}
        empty={
          queue
            ? { title: t('list.emptyQueue'), description: t('list.emptyQueueHint') }
            : { title: t('list.empty'), description: t('list.emptyHint') }
        }
      />
    </Stack>
  );
}
