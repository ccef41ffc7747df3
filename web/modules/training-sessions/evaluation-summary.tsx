import { Card, List, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type EvaluationSource, evaluationQuestions } from '../../../contracts/learning-evaluations';
import { useFormat } from '../../app/format';
import { EmptyNotice, ErrorState, LoadingState } from '../../components/query-states';
import { useEvaluationSummary } from './sessions-queries';

/** The four sources side by side: how many answered, the mean of each question, and their comments. */
export function EvaluationSummaryView({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('training-sessions');
  const format = useFormat();
  const summary = useEvaluationSummary(sessionId);
  if (summary.isPending) return <LoadingState />;
  if (summary.isError) return <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />;
  const { sources, participantsCompleted } = summary.data;
  const answered = sources.some((s) => s.responses > 0);
  const mean = (value: number | null | undefined) =>
    value === null || value === undefined
      ? '—'
      : new Intl.NumberFormat(format.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
          value,
        );

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('evaluation.completed', { count: participantsCompleted })}
      </Text>
      {!answered ? (
        <EmptyNotice title={t('evaluation.none')} description={t('evaluation.noneHint')} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {sources.map((s) => (
            <Card key={s.source} withBorder padding="md" data-testid={`evaluation-source-${s.source}`}>
              <Stack gap="sm">
                <Title order={3} size="h5">
                  {t(`evaluation.sources.${s.source}`)}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('evaluation.responses', { count: s.responses })}
                </Text>
                {s.responses > 0 ? (
                  <Table verticalSpacing={4} aria-label={t(`evaluation.sources.${s.source}`)}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('evaluation.question')}</Table.Th>
                        <Table.Th scope="col" ta="right">
                          {t('evaluation.mean')}
                        </Table.Th>
                        <Table.Th scope="col" w="40%">
                          <span aria-hidden="true" />
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {questionsOf(s.source).map((q) => {
                        const value = s.means[q];
                        return (
                          <Table.Tr key={q}>
                            <Table.Td>{t(`evaluation.questions.${q}`)}</Table.Td>
                            <Table.Td ta="right">{mean(value)}</Table.Td>
                            <Table.Td>
                              <Progress
                                value={value ? (value / 5) * 100 : 0}
                                aria-hidden="true"
                                color="blue"
                                size="md"
                              />
                            </Table.Td>
                          </Table.Tr>
                        );
                      })}
                    </Table.Tbody>
                  </Table>
                ) : null}
                {s.comments.length > 0 ? (
                  <Stack gap={4}>
                    <Text size="sm" fw={600}>
                      {t('evaluation.comments')}
                    </Text>
                    <List size="sm" spacing={4}>
                      {s.comments.map((c, i) => (
                        // Comments are anonymous text without ids; their order is stable.
                        // biome-ignore lint/suspicious/noArrayIndexKey: no id to key by
                        <List.Item key={i}>{c}</List.Item>
                      ))}
                    </List>
                  </Stack>
                ) : null}
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

/** The questions of a source, in the order the form asks them. */
export function questionsOf(source: EvaluationSource): readonly string[] {
  return evaluationQuestions[source];
}
