import { Badge, Button, Group, Progress, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { DevelopmentPlan } from '../../../contracts/development-plans';
import { packLabel } from '../../../contracts/positions';
import { api } from '../../app/api-client';
import { useFormat, useLocale } from '../../app/format';
import { usesLatinNames } from '../../app/locale';
import { notifySuccess } from '../../app/problems';
import { useSession } from '../../app/session-context';
import { Page } from '../../components/page';
import { ErrorState, LoadingState } from '../../components/query-states';
import { RowActions } from '../../components/row-actions';
import { useOwnEmployeeId } from '../my-learning/own-employee';
import { FileSection } from '../people/file-section';
import { useNeedsVocabulary } from '../training-needs/needs-vocabulary';
import { PlanItemDialog } from './plan-item-dialog';
import { PlanStatusBadge } from './plan-status-badge';
import { type PlanItem, useDevelopmentPlan, usePlanChange } from './plans-queries';

/** One person's plan for a year: goals and trainings, agreed with the manager, with the employee's word. */
export function DevelopmentPlanPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('development-plans');
  const locale = useLocale();
  const format = useFormat();
  const { can } = useSession();
  const plan = useDevelopmentPlan(id);
  const vocabulary = useNeedsVocabulary(plan.data?.organisationId);
  const own = useOwnEmployeeId();
  const [editing, setEditing] = useState<PlanItem | 'new' | null>(null);
  const agree = usePlanChange(
    () => api.post(`/development-plans/${id}/agree`),
    () => notifySuccess(t('detail.agreedDone')),
  );
  const removeItem = usePlanChange(
    (itemId: string) => api.delete(`/development-plans/${id}/items/${itemId}`),
    () => notifySuccess(t('items.removed')),
  );
  if (plan.isPending) return <LoadingState />;
  if (plan.isError) return <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />;
  const p = plan.data;
  const editable = can('learning.approve') && own.employeeId !== p.employeeId;
  const name = usesLatinNames(locale) ? p.employeeNameLatin : p.employeeName;
  return (
    <Page title={t('detail.title', { name, year: p.year })}>
      <Group justify="space-between">
        <Group gap="sm">
          <PlanStatusBadge status={p.status} />
          {p.agreedByName && p.agreedAt ? (
            <Text size="sm" c="dimmed">
              {t('detail.agreedBy', { name: p.agreedByName, date: format.date(p.agreedAt) })}
            </Text>
          ) : null}
        </Group>
        {editable && p.status === 'draft' ? (
          <Button onClick={() => agree.mutate(undefined)} loading={agree.isPending} data-testid="plan-agree">
            {t('detail.agree')}
          </Button>
        ) : null}
      </Group>
      <Group gap="sm">
        <Progress value={p.progress * 100} w={280} size="lg" aria-label={t('fields.progress')} />
        <Text size="sm" data-testid="plan-progress">
          {t('detail.progress', { percent: Math.round(p.progress * 100) })}
        </Text>
      </Group>
      <Stack gap="lg">
        <FileSection
          title={t('items.title')}
          actions={
            editable ? (
              <Button size="xs" variant="light" onClick={() => setEditing('new')} data-testid="plan-item-add">
                {t('items.add')}
              </Button>
            ) : null
          }
        >
          {p.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('items.empty')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('items.kind')}</Table.Th>
                    <Table.Th>{t('items.text')}</Table.Th>
                    <Table.Th>{t('items.programme')}</Table.Th>
                    <Table.Th>{t('items.quarter')}</Table.Th>
                    <Table.Th>{t('items.status')}</Table.Th>
                    {editable ? <Table.Th /> : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {p.items.map((item) => (
                    <Table.Tr key={item.id}>
                      <Table.Td>{t(`kinds.${item.kind}`)}</Table.Td>
                      <Table.Td>
                        <ItemDescription
                          text={item.text}
                          competency={item.competencyName ? packLabel(item.competencyName, locale) : ''}
                        />
                      </Table.Td>
                      <Table.Td>
                        {item.programmeTitle ? packLabel(item.programmeTitle, locale) : '—'}
                        {item.completed ? (
                          <Badge ml="xs" variant="light" color="teal">
                            {t('items.completed')}
                          </Badge>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        {item.quarter ? t('items.quarterN', { quarter: item.quarter }) : '—'}
                      </Table.Td>
                      <Table.Td>{t(`itemStatus.${item.status}`)}</Table.Td>
                      {editable ? (
                        <Table.Td>
                          <RowActions
                            edit={{ label: t('items.editShort'), onClick: () => setEditing(item) }}
                            removeLabel={t('items.remove')}
                            onRemove={() => removeItem.mutate(item.id)}
                          />
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </FileSection>
        <FileSection title={t('comment.title')}>
          <EmployeeComment plan={p} mine={own.employeeId === p.employeeId} />
        </FileSection>
      </Stack>
      <PlanItemDialog planId={p.id} item={editing} onClose={() => setEditing(null)} vocabulary={vocabulary} />
    </Page>
  );
}

function EmployeeComment({ plan, mine }: { plan: DevelopmentPlan; mine: boolean }) {
  const { t } = useTranslation('development-plans');
  const [comment, setComment] = useState(plan.employeeComment);
  const save = usePlanChange(
    () => api.post(`/development-plans/${plan.id}/comment`, { comment }),
    () => notifySuccess(t('comment.saved')),
  );
  if (!mine)
    return (
      <Text size="sm" c={plan.employeeComment ? undefined : 'dimmed'}>
        {plan.employeeComment || t('comment.none')}
      </Text>
    );
  return (
    <Stack gap="xs">
      <Textarea
        label={t('comment.label')}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        autosize
        minRows={2}
        maxLength={4000}
      />
      <Group justify="flex-end">
        <Button
          onClick={() => save.mutate(undefined)}
          loading={save.isPending}
          data-testid="plan-comment-save"
        >
          {t('comment.save')}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * An item drafted from a competency gap has the competency as its subject and the written need (often
 * none) beneath; any other item is its text.
 */
function ItemDescription({ text, competency }: { text: string; competency: string }) {
  const subject = competency || text;
  return (
    <>
      <Text size="sm">{subject || '—'}</Text>
      {competency && text ? (
        <Text size="xs" c="dimmed">
          {text}
        </Text>
      ) : null}
    </>
  );
}
