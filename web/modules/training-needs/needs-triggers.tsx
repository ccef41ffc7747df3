import { Button, Group, Modal, NumberInput, Select, Stack, Table, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { triggerKinds } from '../../../contracts/needs-analyses';
import { api } from '../../app/api-client';
import { notifySuccess } from '../../app/problems';
import { DialogActions } from '../../components/dialog-actions';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
import { RowActions } from '../../components/row-actions';
import { useNeedsChange, useNeedsTriggers } from './needs-queries';
import type { useNeedsVocabulary } from './needs-vocabulary';

type Props = { analysisId: string; editable: boolean; vocabulary: ReturnType<typeof useNeedsVocabulary> };
type Values = {
  kind: string;
  description: string;
  topicArea: string | null;
  competencyId: string | null;
  people: number;
};

/** Things that create needs for many at once: a new regulation, a strategy, a reorganisation. */
export function NeedsTriggers({ analysisId, editable, vocabulary }: Props) {
  const { t } = useTranslation('training-needs');
  const triggers = useNeedsTriggers(analysisId);
  const [adding, setAdding] = useState(false);
  const remove = useNeedsChange(
    (id: string) => api.delete(`/needs-analyses/${analysisId}/triggers/${id}`),
    () => notifySuccess(t('triggers.removed')),
  );
  if (triggers.isPending) return <LoadingState />;
  if (triggers.isError) return <ErrorState error={triggers.error} onRetry={() => void triggers.refetch()} />;
  const items = triggers.data.items;
  return (
    <Stack gap="sm">
      {editable ? (
        <Group>
          <Button variant="light" onClick={() => setAdding(true)} data-testid="add-trigger">
            {t('triggers.add')}
          </Button>
        </Group>
      ) : null}
      {items.length === 0 ? (
        <EmptyNotice title={t('triggers.empty')} description={t('triggers.emptyHint')} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('triggers.kind')}</Table.Th>
                <Table.Th>{t('triggers.description')}</Table.Th>
                <Table.Th>{t('triggers.concerns')}</Table.Th>
                <Table.Th ta="right">{t('triggers.people')}</Table.Th>
                {editable ? <Table.Th /> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((tr) => (
                <Table.Tr key={tr.id}>
                  <Table.Td>{t(`triggerKinds.${tr.kind}`)}</Table.Td>
                  <Table.Td>{tr.description}</Table.Td>
                  <Table.Td>
                    {[vocabulary.topicLabel(tr.topicArea), vocabulary.competencyLabel(tr.competencyId)]
                      .filter(Boolean)
                      .join(' · ')}
                  </Table.Td>
                  <Table.Td ta="right">{tr.people}</Table.Td>
                  {editable ? (
                    <Table.Td>
                      <RowActions removeLabel={t('triggers.remove')} onRemove={() => remove.mutate(tr.id)} />
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <TriggerDialog
        analysisId={analysisId}
        opened={adding}
        onClose={() => setAdding(false)}
        vocabulary={vocabulary}
      />
    </Stack>
  );
}

function TriggerDialog({
  analysisId,
  opened,
  onClose,
  vocabulary,
}: {
  analysisId: string;
  opened: boolean;
  onClose: () => void;
  vocabulary: Props['vocabulary'];
}) {
  const { t } = useTranslation('training-needs');
  const form = useForm<Values>({
    initialValues: { kind: 'regulation', description: '', topicArea: null, competencyId: null, people: 1 },
    validate: { description: (v) => (v.trim() ? null : t('triggers.descriptionRequired')) },
  });
  const add = useNeedsChange(
    (values: Values) => api.post(`/needs-analyses/${analysisId}/triggers`, values),
    () => {
      notifySuccess(t('triggers.added'));
      form.reset();
      onClose();
    },
  );
  return (
    <Modal opened={opened} onClose={onClose} title={t('triggers.add')} size="lg">
      <form onSubmit={form.onSubmit((values) => add.mutate(values))}>
        <Stack gap="sm">
          <Select
            label={t('triggers.kind')}
            data={triggerKinds.map((k) => ({ value: k, label: t(`triggerKinds.${k}`) }))}
            allowDeselect={false}
            {...form.getInputProps('kind')}
          />
          <Textarea
            label={t('triggers.description')}
            required
            autosize
            minRows={2}
            {...form.getInputProps('description')}
          />
          <Select
            label={t('fields.topicArea')}
            data={vocabulary.topicOptions}
            searchable
            clearable
            {...form.getInputProps('topicArea')}
            data-testid="trigger-topic"
          />
          <Select
            label={t('fields.competency')}
            data={vocabulary.competencyOptions}
            searchable
            clearable
            {...form.getInputProps('competencyId')}
          />
          <NumberInput label={t('triggers.people')} min={1} max={100000} {...form.getInputProps('people')} />
          <DialogActions
            submitLabel={t('triggers.save')}
            loading={add.isPending}
            onCancel={onClose}
            testId="save-trigger"
          />
        </Stack>
      </form>
    </Modal>
  );
}
