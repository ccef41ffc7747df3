import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Organisation } from '../../../contracts/organisations';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { useCountries, useOrganisation } from '../../app/queries';
import { Page } from '../../components/page';
import { ErrorState, LoadingState } from '../../components/query-states';
import { initialOrganisationValues, OrganisationForm, organisationBody } from './organisation-form';

export function OrganisationEditPage() {
  const { t } = useTranslation('organisations');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const format = useFormat();
  const organisation = useOrganisation(id);
  const countries = useCountries();
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) => api.patch<Organisation>(`/organisations/${id}`, body),
  });
  const title = organisation.data
    ? t('form.editTitle', { name: format.name(organisation.data) })
    : t('form.editTitleShort');

  return (
    <Page
      title={title}
      back={{
        to: `/organisations/${id}`,
        label: organisation.data ? format.name(organisation.data) : t('list.title'),
      }}
    >
      {organisation.isPending || countries.isPending ? (
        <LoadingState />
      ) : organisation.isError || countries.isError ? (
        <ErrorState error={organisation.error ?? countries.error} />
      ) : (
        <OrganisationForm
          key={organisation.data.updatedAt}
          mode="edit"
          initial={initialOrganisationValues(organisation.data, organisation.data.countryCode)}
          countries={countries.data.items}
          submitting={save.isPending}
          onCancel={() => navigate(`/organisations/${id}`)}
          onSubmit={(values, form) =>
            save.mutate(organisationBody(values, 'edit'), {
              onSuccess: (org) => {
                queryClient.setQueryData(['organisations', 'one', id], org);
                void queryClient.invalidateQueries({ queryKey: ['organisations', 'list'] });
                notifySuccess(t('form.saved'));
                navigate(`/organisations/${id}`);
              },
              onError: (error) => reportError(error, form),
            })
          }
        />
      )}
    </Page>
  );
}
