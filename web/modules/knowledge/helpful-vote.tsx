import { Button, Group, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicAnswer } from '../../../contracts/advisory-answers';
import { api } from '../../app/api-client';
import { reportError } from '../../app/problems';

type Counts = { helpfulYes: number; helpfulNo: number };

const storageKey = (id: string) => `kadar.helpful.${id}`;

/** The vote this browser gave, if any: one browser votes once (storage may be disabled). */
function storedVote(id: string): boolean | null {
  try {
    const value = window.localStorage.getItem(storageKey(id));
    return value === 'yes' ? true : value === 'no' ? false : null;
  } catch {
    return null;
  }
}

function storeVote(id: string, helpful: boolean): void {
  try {
    window.localStorage.setItem(storageKey(id), helpful ? 'yes' : 'no');
  } catch {
    // Without storage the vote still counts; the browser just forgets it gave one.
  }
}

/** "Was this helpful? Yes / No", then thanks and the counts. */
export function HelpfulVote({ answer }: { answer: PublicAnswer }) {
  const { t } = useTranslation('knowledge');
  const [voted, setVoted] = useState(() => storedVote(answer.id) !== null);
  const [counts, setCounts] = useState<Counts>({
    helpfulYes: answer.helpfulYes,
    helpfulNo: answer.helpfulNo,
  });
  const vote = useMutation({
    mutationFn: (helpful: boolean) => api.post<Counts>(`/public/knowledge/${answer.id}/helpful`, { helpful }),
    onSuccess: (next, helpful) => {
      storeVote(answer.id, helpful);
      setCounts(next);
      setVoted(true);
    },
    onError: (error) => reportError(error),
  });
  const tally = t('helpful.counts', { yes: counts.helpfulYes, no: counts.helpfulNo });
  return (
    <Group gap="sm" align="center" data-testid="helpful-vote" aria-live="polite">
      {voted ? (
        <Text>
          {t('helpful.thanks')} {tally}
        </Text>
      ) : (
        <>
          <Text fw={500}>{t('helpful.question')}</Text>
          <Button
            variant="default"
            size="sm"
            loading={vote.isPending && vote.variables}
            disabled={vote.isPending}
            onClick={() => vote.mutate(true)}
            data-testid="helpful-yes"
          >
            {t('helpful.yes')}
          </Button>
          <Button
            variant="default"
            size="sm"
            loading={vote.isPending && !vote.variables}
            disabled={vote.isPending}
            onClick={() => vote.mutate(false)}
            data-testid="helpful-no"
          >
            {t('helpful.no')}
          </Button>
          <Text size="sm" c="dimmed">
            {tally}
          </Text>
        </>
      )}
    </Group>
  );
}
