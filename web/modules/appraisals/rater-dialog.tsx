import { Modal, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { AppraisalSummary } from '../../../contracts/appraisals';
import { notifySuccess, reportError } from '../../app/problems';
import { DialogActions } from '../../components/dialog-actions';
import { ErrorState } from '../../components/query-states';
import { useAppraisalNames } from './appraisal-labels';
import { useAppraisalChange, useRaters } from './appraisals-queries';

type Props = {
  appraisal: Pick<
    AppraisalSummary,
    'id' | 'organisationId' | 'raterUserId' | 'employeeName' | 'employeeNameLatin'
  >;
  onClose: () => void;
};

/** The HR officer names who rates an official (by default the head of the official's unit). */
export function RaterDialog({ appraisal, onClose }: Props) {
  const { t } = useTranslation('appraisals');
  const names = useAppraisalNames();
  const raters = useRaters(appraisal.organisationId);
  const change = useAppraisalChange(appraisal.id);
  const form = useForm({
    initialValues: { raterUserId: appraisal.raterUserId ?? '' },
    validate: { raterUserId: (v) => (v ? null : t('rater.required')) },
  });
  const name = names.official(appraisal);
  const submit = form.onSubmit(({ raterUserId }) =>
    change.mutate([{ method: 'patch', path: '', body: { raterUserId } }], {
      onSuccess: () => {
        notifySuccess(t('rater.saved', { name }));
        onClose();
      },
      onError: (error) => reportError(error, form),
    }),
  );

  return (
    <Modal opened onClose={onClose} title={t('rater.title', { name })} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('rater.intro')}</Text>
          {raters.isError ? <ErrorState error={raters.error} onRetry={() => void raters.refetch()} /> : null}
          <Select
            label={t('rater.label')}
            placeholder={t('rater.placeholder')}
            data={(raters.data?.items ?? []).map((r) => ({ value: r.userId, label: r.name }))}
            searchable
            nothingFoundMessage={t('rater.nothingFound')}
            required
            data-testid="appraisal-rater-select"
            {...form.getInputProps('raterUserId')}
          />
          <DialogActions
            submitLabel={t('rater.submit')}
            loading={change.isPending}
            onCancel={onClose}
            testId="appraisal-rater-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
