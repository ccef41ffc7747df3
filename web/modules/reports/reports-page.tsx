import { Group, Select, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type HeadcountDimension, headcountDimensions } from '../../../contracts/reports';
import { useFormat } from '../../app/format';
import { useCountries } from '../../app/queries';
import { useUrlParam } from '../../app/url-state';
import { OrganisationSelect } from '../../components/organisation-select';
import { Page } from '../../components/page';
import { EmptyNotice } from '../../components/query-states';
import { AppraisalsPanel } from '../appraisal-reports/appraisals-panel';
import { LearningIndicatorsPanel } from '../learning-indicators/learning-indicators-panel';
import { HeadcountPanel } from './headcount-panel';
import { MovementsPanel } from './movements-panel';
import type { ReportWhere } from './reports-queries';
import { useReportsScope } from './reports-scope';

const movements = 'movements';
const appraisals = 'appraisals';
const training = 'training';

/** HR figures with charts: headcount by unit, title, category, gender, age, education, contract; movements. */
export function ReportsPage() {
  const { t } = useTranslation('reports');
  const scope = useReportsScope();
  return (
    <Page title={t('title')}>
      <Text c="dimmed" size="sm" maw={800}>
        {t('intro')}
      </Text>
      {scope.picks ? <ScopePicker scope={scope} /> : null}
      {scope.where ? (
        <ReportTabs where={scope.where} countryCode={scope.countryCode} wholeCountry={scope.wholeCountry} />
      ) : (
        <EmptyNotice title={t('scope.noOrganisation')} description={t('scope.noOrganisationHint')} />
      )}
    </Page>
  );
}

function ScopePicker({ scope }: { scope: ReturnType<typeof useReportsScope> }) {
  const { t } = useTranslation('reports');
  const format = useFormat();
  const countries = useCountries(scope.picksCountry);
  const countryName = (code: string | null) => {
    const c = countries.data?.items.find((x) => x.code === code);
    return c ? format.name(c) : (code ?? '');
  };
  return (
    <Stack gap={4}>
      <Group gap="sm" align="flex-end">
        {scope.picksCountry ? (
          <Select
            label={t('scope.country')}
            data={(countries.data?.items ?? []).map((c) => ({ value: c.code, label: format.name(c) }))}
            value={scope.country}
            onChange={(code) => {
              scope.setCountry(code);
              scope.setOrganisationId(null);
            }}
            w={{ base: '100%', sm: 200 }}
            allowDeselect={false}
          />
        ) : null}
        <OrganisationSelect
          label={t('scope.organisation')}
          placeholder={t('scope.organisationPlaceholder')}
          description={t('scope.organisationHint')}
          value={scope.organisationId}
          onChange={(id) => scope.setOrganisationId(id)}
          w={{ base: '100%', sm: 360 }}
          data-testid="reports-organisation"
        />
      </Group>
      {scope.wholeCountry && scope.countryCode ? (
        <Text size="sm" fw={500}>
          {t('scope.wholeCountry', { country: countryName(scope.countryCode) })}
        </Text>
      ) : null}
    </Stack>
  );
}

type TabsProps = { where: ReportWhere; countryCode: string | undefined; wholeCountry: boolean };

function ReportTabs({ where, countryCode, wholeCountry }: TabsProps) {
  const { t } = useTranslation('reports');
  // Units belong to one organisation; municipalities make sense only across a country.
  const dimensions = headcountDimensions.filter((d) => d !== (wholeCountry ? 'unit' : 'organisation'));
  const [param, setParam] = useUrlParam('report');
  const active = [movements, appraisals, training, ...dimensions].includes(param) ? param : dimensions[0];
  return (
    <Tabs value={active} onChange={(v) => setParam(v)} keepMounted={false}>
      <Tabs.List>
        {dimensions.map((d) => (
          <Tabs.Tab key={d} value={d}>
            {t(`dimensions.${d}`)}
          </Tabs.Tab>
        ))}
        <Tabs.Tab value={movements}>{t('movements.title')}</Tabs.Tab>
        <Tabs.Tab value={appraisals}>{t('appraisal-reports:tab')}</Tabs.Tab>
        <Tabs.Tab value={training}>{t('learning-indicators:tab')}</Tabs.Tab>
      </Tabs.List>
      {dimensions.map((d: HeadcountDimension) => (
        <Tabs.Panel key={d} value={d} pt="md">
          <HeadcountPanel where={where} by={d} countryCode={countryCode} />
        </Tabs.Panel>
      ))}
      <Tabs.Panel value={movements} pt="md">
        <MovementsPanel where={where} />
      </Tabs.Panel>
      <Tabs.Panel value={appraisals} pt="md">
        <AppraisalsPanel where={where} wholeCountry={wholeCountry} />
      </Tabs.Panel>
      <Tabs.Panel value={training} pt="md">
        <LearningIndicatorsPanel where={where} />
      </Tabs.Panel>
    </Tabs>
  );
}
