import { Stack } from '@mantine/core';
import { EvaluationForm } from './evaluation-form';
import { EvaluationSummaryView } from './evaluation-summary';
import { useMyEvaluations } from './sessions-queries';

type Props = {
  sessionId: string;
  /** The sources the reader answers for once the session is completed: an assigned trainer, the council. */
  gives: ReadonlyArray<'trainer' | 'council'>;
  /** The summary is for the organiser and the session's trainers. */
  summary: boolean;
};

/** The reader's own evaluation forms until they have sent them, and the summary of every source. */
export function EvaluationPanel({ sessionId, gives, summary }: Props) {
  const mine = useMyEvaluations(sessionId, gives.length > 0);
  const given = new Set((mine.data?.items ?? []).map((e) => e.source));
  const open = mine.data ? gives.filter((source) => !given.has(source)) : [];
  return (
    <Stack gap="lg">
      {open.map((source) => (
        <EvaluationForm key={source} sessionId={sessionId} source={source} />
      ))}
      {summary ? <EvaluationSummaryView sessionId={sessionId} /> : null}
    </Stack>
  );
}
