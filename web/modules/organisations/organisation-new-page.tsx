import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Organisation } from '../../../contracts/organisations';
import { api } from '../../app/api-client';
import { notifySuccess, reportError } from '../../app/problems';
import { useCountries } from '../../app/queries';
import { useMe } from '../../app/session-context';
import { Page } from '../../components/page';
import { ErrorState, LoadingState } from '../../components/query-states';
import { initialOrganisationValues, OrganisationForm, organisationBody } from './organisation-form';

export function OrganisationNewPage() {
  const { t } = useTranslation('organisations');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const countries = useCountries();
  const create = useMutation({
    mutationFn: (body: Record<string, unknown>) => api.post<Organisation>('/organisations', body),
  });

  const defaultCountry = me.memberships[0]?.countryCode ?? countries.data?.items[0]?.code ?? 'RS';
  return (
    <Page title={t('form.createTitle')} back={{ to: '/organisations', label: t('list.title') }}>
      {countries.isPending ? (
        <LoadingState />
      ) : countries.isError ? (
        <ErrorState error={countries.error} onRetry={() => void countries.refetch()} />
      ) : (
        <OrganisationForm
          mode="create"
          initial={initialOrganisationValues(null, defaultCountry)}
          countries={countries.data.items}
          submitting={create.isPending}
          onCancel={() => navigate('/organisations')}
          onSubmit={(values, form) =>
            create.mutate(organisationBody(values, 'create'), {
              onSuccess: (org) => {
                void queryClient.invalidateQueries({ queryKey: ['organisations'] });
                notifySuccess(t('form.created'));
                navigate(`/organisations/${org.id}`);
              },
              onError: (error) => reportError(error, form),
            })
          }
        />
      )}
    </Page>
  );
}
