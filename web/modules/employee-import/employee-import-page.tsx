import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import { useOrganisationScope } from '../../app/organisation-scope';
import { OrganisationSelect } from '../../components/organisation-select';
import { Page } from '../../components/page';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
import { ImportWizard } from './import-wizard';

/** Import employees from a spreadsheet: "we have our Excel list of 180 people". */
export function EmployeeImportPage() {
  const { t } = useTranslation('import');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const { organisationId, setOrganisationId, organisation, picks } = useOrganisationScope(
    'employees.manage',
    'employees.manage',
  );

  return (
    <Page title={t('page.title')} back={{ to: '/employees', label: tc('nav.employees') }}>
      {picks ? (
        <OrganisationSelect
          label={t('page.organisation')}
          placeholder={t('page.chooseOrganisation')}
          value={organisationId}
          onChange={(id) => setOrganisationId(id)}
          w={{ base: '100%', sm: 360 }}
          data-testid="import-organisation"
        />
      ) : null}
      {!organisationId ? (
        <EmptyNotice title={t('page.noOrganisation')} description={t('page.noOrganisationHint')} />
      ) : organisation.isPending ? (
        <LoadingState />
      ) : organisation.isError ? (
        <ErrorState error={organisation.error} onRetry={() => void organisation.refetch()} />
      ) : (
        <>
          <Text c="dimmed" size="sm" maw={800}>
            {t('page.intro', { organisation: format.name(organisation.data) })}
          </Text>
          {/* A new municipality starts a new import: the key drops the previous one's state. */}
          <ImportWizard key={organisation.data.id} organisationId={organisation.data.id} />
        </>
      )}
    </Page>
  );
}
