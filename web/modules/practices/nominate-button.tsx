import { Button, Group, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { PublicPractice } from '../../../contracts/practices';
import { ApiError, api } from '../../app/api-client';
import { reportError } from '../../app/problems';
import { useSession } from '../../app/session-context';
import { practicesKey, publicPracticesKey, usePractice } from './practice-queries';

type Result = { nominations: number; nominatedByMe: true };

/**
 * "Nominate" for a signed-in reader, once; refused (with the reason shown) for the practice's own
 * municipality. Visitors are asked to sign in first.
 */
export function NominateButton({ practice: p }: { practice: PublicPractice }) {
  const { t } = useTranslation('practices');
  const { me } = useSession();
  const location = useLocation();
  const queryClient = useQueryClient();
  // The signed-in reading says whether this reader has already nominated it.
  const mine = usePractice(p.id, Boolean(me));
  const [result, setResult] = useState<Result | null>(null);
  const nominate = useMutation({
    mutationFn: () => api.post<Result>(`/practices/${p.id}/nominations`),
    onSuccess: async (next) => {
      setResult(next);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: [publicPracticesKey] }),
        queryClient.invalidateQueries({ queryKey: [practicesKey] }),
      ]);
    },
    onError: (error) => {
      // A nomination given in another tab counts as given here.
      if (error instanceof ApiError && error.code === 'already_nominated')
        setResult({ nominations: p.nominations, nominatedByMe: true });
      else reportError(error);
    },
  });

  const count = result?.nominations ?? mine.data?.nominations ?? p.nominations;
  const tally = (
    <Text size="sm" c="dimmed" data-testid="nomination-count">
      {t('nominations.count', { count })}
    </Text>
  );
  if (!me)
    return (
      <Group gap="sm">
        <Button
          component={Link}
          to={`/login?next=${encodeURIComponent(location.pathname)}`}
          variant="default"
          data-testid="practice-sign-in-to-nominate"
        >
          {t('nominations.signIn')}
        </Button>
        {tally}
      </Group>
    );
  const own = me.memberships.some((m) => m.organisationId === p.organisationId);
  const nominated = Boolean(result?.nominatedByMe || mine.data?.nominatedByMe);
  const reason = own ? t('nominations.own') : nominated ? t('nominations.done') : null;
  return (
    <Group gap="sm" aria-live="polite">
      <Button
        onClick={() => nominate.mutate()}
        loading={nominate.isPending}
        disabled={Boolean(reason) || mine.isPending}
        aria-describedby={reason ? 'nomination-reason' : undefined}
        data-testid="practice-nominate"
      >
        {nominated ? t('nominations.nominated') : t('nominations.nominate')}
      </Button>
      {tally}
      {reason ? (
        <Text size="sm" id="nomination-reason" data-testid="nomination-reason">
          {reason}
        </Text>
      ) : null}
    </Group>
  );
}
