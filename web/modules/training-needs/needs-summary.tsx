import { Badge, Button, Group, List, Progress, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { packLabel } from '../../../contracts/positions';
import { useLocale } from '../../app/format';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
import { AddToProgrammeDialog, type AggregatedNeed } from './add-to-programme-dialog';
import { useNeedsSummary } from './needs-queries';

/** The needs aggregated over appraisals, the survey and triggers, biggest first, with the programmes that answer them. */
export function NeedsSummaryTable({ analysisId, canAdd }: { analysisId: string; canAdd: boolean }) {
  const { t } = useTranslation('training-needs');
  const locale = useLocale();
  const summary = useNeedsSummary(analysisId);
  const [adding, setAdding] = useState<AggregatedNeed | null>(null);
  if (summary.isPending) return <LoadingState />;
  if (summary.isError) return <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />;
  const { needs, writtenNeeds } = summary.data;
  const top = Math.max(1, ...needs.map((n) => n.total));
  const part = (n: number) => (n / top) * 100;
  return (
    <Stack gap="md">
      {needs.length === 0 ? (
        <EmptyNotice title={t('summary.empty')} description={t('summary.emptyHint')} />
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('summary.need')}</Table.Th>
                <Table.Th>{t('summary.total')}</Table.Th>
                <Table.Th ta="right">{t('summary.appraisals')}</Table.Th>
                <Table.Th ta="right">{t('summary.survey')}</Table.Th>
                <Table.Th ta="right">{t('summary.triggers')}</Table.Th>
                <Table.Th ta="right">{t('summary.high')}</Table.Th>
                <Table.Th miw={240}>{t('summary.suggestions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {needs.map((n) => (
                <Table.Tr key={n.key} data-testid={`need-${n.key}`}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {packLabel(n.label, locale)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {n.competencyId ? t('fields.competency') : t('fields.topicArea')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Tooltip
                        label={t('summary.bySource', {
                          a: n.fromAppraisals,
                          s: n.fromSurvey,
                          t: n.fromTriggers,
                        })}
                      >
                        <Progress.Root w={96} size="lg">
                          <Progress.Section
                            value={part(n.fromAppraisals)}
                            color="indigo"
                            aria-label={t('summary.appraisals')}
                          />
                          <Progress.Section
                            value={part(n.fromSurvey)}
                            color="teal"
                            aria-label={t('summary.survey')}
                          />
                          <Progress.Section
                            value={part(n.fromTriggers)}
                            color="orange"
                            aria-label={t('summary.triggers')}
                          />
                        </Progress.Root>
                      </Tooltip>
                      <Text size="sm" fw={600}>
                        {n.total}
                      </Text>
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right">{n.fromAppraisals}</Table.Td>
                  <Table.Td ta="right">{n.fromSurvey}</Table.Td>
                  <Table.Td ta="right">{n.fromTriggers}</Table.Td>
                  <Table.Td ta="right">{n.highPriority}</Table.Td>
                  {/* The action shares the programmes' cell: a column of its own cut the table at 1280 px. */}
                  <Table.Td>
                    {n.suggestions.length ? (
                      <List size="xs" spacing={2} mb={6}>
                        {n.suggestions.map((s) => (
                          <List.Item key={s.programmeId}>
                            {s.code} · {packLabel(s.title, locale)}
                          </List.Item>
                        ))}
                      </List>
                    ) : (
                      <Text size="xs" c="dimmed">
                        {t('summary.noSuggestion')}
                      </Text>
                    )}
                    {n.inSpecialProgramme ? (
                      <Badge variant="light" color="teal">
                        {t('summary.inProgramme')}
                      </Badge>
                    ) : canAdd && n.suggestions.length ? (
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => setAdding(n)}
                        data-testid={`add-${n.key}`}
                      >
                        {t('summary.add')}
                      </Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group gap="md">
        <Legend color="indigo" label={t('summary.appraisals')} />
        <Legend color="teal" label={t('summary.survey')} />
        <Legend color="orange" label={t('summary.triggers')} />
      </Group>
      {writtenNeeds.length ? (
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {t('summary.written')}
          </Text>
          <List size="sm" spacing={2}>
            {writtenNeeds.map((w, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the texts have no identity and may repeat
              <List.Item key={i}>
                {w.text}{' '}
                <Text span size="xs" c="dimmed">
                  ({t(`summary.source.${w.source}`)})
                </Text>
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : null}
      <AddToProgrammeDialog analysisId={analysisId} need={adding} onClose={() => setAdding(null)} />
    </Stack>
  );
}

function Legend({ color, label }: { color: string; label: string }) {
  return (
    <Group gap={6}>
      <Progress value={100} color={color} w={16} size="sm" aria-hidden />
      <Text size="xs">{label}</Text>
    </Group>
  );
}
