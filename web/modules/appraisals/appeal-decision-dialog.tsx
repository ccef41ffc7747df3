import { Modal, NativeSelect, Radio, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { AppealDecision, Appraisal } from '../../../contracts/appraisals';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { DialogActions } from '../../components/dialog-actions';
import { LongTextInput } from '../people/long-text-input';
import { gradeOptions } from './appraisal-scale';
import { useAppraisalChange } from './appraisals-queries';

type Values = { outcome: AppealDecision['outcome']; grade: string; note: string };

/** The HR officer records how the appeal was decided: the grade upheld, or changed to another. */
export function AppealDecisionDialog({ appraisal, onClose }: { appraisal: Appraisal; onClose: () => void }) {
  const { t } = useTranslation('appraisals');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const change = useAppraisalChange(appraisal.id);
  const form = useForm<Values>({
    initialValues: { outcome: 'upheld', grade: '', note: '' },
    validate: {
      grade: (v, all) => (all.outcome === 'grade_changed' && !v ? t('appealDecision.gradeRequired') : null),
      note: (v) => (v.trim() ? null : t('appealDecision.noteRequired')),
    },
  });
  const changing = form.getValues().outcome === 'grade_changed';
  const submit = form.onSubmit(({ outcome, grade, note }) => {
    const body: AppealDecision = {
      outcome,
      note: note.trim(),
      ...(outcome === 'grade_changed' ? { grade: Number(grade) } : {}),
    };
    change.mutate([{ method: 'post', path: '/appeal-decision', body }], {
      onSuccess: () => {
        notifySuccess(t('appealDecision.done'));
        onClose();
      },
      onError: (error) => reportError(error, form),
    });
  });
  return (
    <Modal opened onClose={onClose} title={t('appealDecision.title')} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('appealDecision.intro')}</Text>
          <Radio.Group label={t('appealDecision.outcome')} required {...form.getInputProps('outcome')}>
            <Stack gap="xs" mt="xs">
              <Radio value="upheld" label={t('appealOutcome.upheld')} data-testid="appeal-upheld" />
              <Radio
                value="grade_changed"
                label={t('appealOutcome.grade_changed')}
                data-testid="appeal-grade-changed"
              />
            </Stack>
          </Radio.Group>
          {changing ? (
            <NativeSelect
              label={t('appealDecision.grade')}
              required
              data={[
                { value: '', label: tc('filters.choose') },
                ...gradeOptions(appraisal.rules, format.locale),
              ]}
              data-testid="appeal-grade"
              {...form.getInputProps('grade')}
            />
          ) : null}
          <LongTextInput
            label={t('appealDecision.note')}
            description={t('appealDecision.noteHint')}
            required
            maxLength={4000}
            data-testid="appeal-note"
            {...form.getInputProps('note')}
          />
          <DialogActions
            submitLabel={t('appealDecision.submit')}
            loading={change.isPending}
            onCancel={onClose}
            testId="appeal-decision-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
