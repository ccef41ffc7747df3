import { Select, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import { useCountries } from '../../app/queries';
import { useUrlParam } from '../../app/url-state';
import { OrganisationHeading } from '../../components/organisation-heading';
import { Page } from '../../components/page';
import { ErrorState, LoadingState } from '../../components/query-states';
import { AppraisalRulesPanel } from './appraisal-rules-panel';
import { CompetencyFramework } from './competency-framework';
import { type CompetencyScope, useCompetencyScope } from './competency-scope';

const rulesTab = 'rules';

/** The competency framework of a country (and a municipality's own entries), and its appraisal rules. */
export function CompetenciesPage() {
  const { t } = useTranslation('competencies');
  const scope = useCompetencyScope();
  const [tab, setTab] = useUrlParam('tab');
  const { countryCode, organisation } = scope;
  return (
    <Page title={t('page.title')}>
      <Text c="dimmed" size="sm" maw={800}>
        {t('page.intro')}
      </Text>
      {scope.picksCountry ? <CountryPicker scope={scope} /> : null}
      {countryCode && !scope.organisationId && !scope.picksCountry ? (
        <CountryLine countryCode={countryCode} />
      ) : null}
      <OrganisationHeading
        scope={scope}
        label={t('page.organisation')}
        placeholder={t('page.wholeCountry')}
        intro={(name) => t('page.organisationIntro', { organisation: name })}
        testId="competencies-organisation"
      />
      {countryCode ? (
        <Tabs value={tab === rulesTab ? rulesTab : 'framework'} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="framework">{t('tabs.framework')}</Tabs.Tab>
            <Tabs.Tab value={rulesTab} data-testid="tab-rules">
              {t('tabs.rules')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="framework" pt="md">
            <CompetencyFramework scope={scope} countryCode={countryCode} />
          </Tabs.Panel>
          <Tabs.Panel value={rulesTab} pt="md">
            <AppraisalRulesPanel countryCode={countryCode} canEdit={scope.managesCountry} />
          </Tabs.Panel>
        </Tabs>
      ) : organisation.isError ? (
        <ErrorState error={organisation.error} onRetry={() => void organisation.refetch()} />
      ) : (
        <LoadingState />
      )}
    </Page>
  );
}

/** A platform administrator reads any country's framework. */
function CountryPicker({ scope }: { scope: CompetencyScope }) {
  const { t } = useTranslation('competencies');
  const format = useFormat();
  const countries = useCountries();
  return (
    <Select
      label={t('page.country')}
      data={(countries.data?.items ?? []).map((c) => ({ value: c.code, label: format.name(c) }))}
      value={scope.countryCode}
      onChange={scope.setCountry}
      allowDeselect={false}
      w={{ base: '100%', sm: 240 }}
    />
  );
}

/** Whose framework a national reader sees while no municipality is picked. */
function CountryLine({ countryCode }: { countryCode: string }) {
  const { t } = useTranslation('competencies');
  const format = useFormat();
  const country = useCountries().data?.items.find((c) => c.code === countryCode);
  return country ? (
    <Text size="sm" fw={500}>
      {t('page.countryIntro', { country: format.name(country) })}
    </Text>
  ) : null;
}
