import { Switch } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api-client';
import { notifySuccess, reportError } from '../../app/problems';
import { bulletinsKey } from './news-queries';

type MySubscription = { country: string; subscribed: boolean };

/** A signed-in reader subscribes with their own address: no check, no confirmation mail. */
export function MyBulletin() {
  const { t } = useTranslation('news');
  const { t: tc } = useTranslation();
  const queryClient = useQueryClient();
  const key = [bulletinsKey, 'mine'];
  const mine = useQuery({ queryKey: key, queryFn: () => api.get<MySubscription>('/me/bulletin') });
  const change = useMutation({
    mutationFn: (subscribed: boolean) => api.put<MySubscription>('/me/bulletin', { subscribed }),
    onSuccess: (saved) => {
      queryClient.setQueryData(key, saved);
      notifySuccess(saved.subscribed ? t('bulletin.mineOn') : t('bulletin.mineOff'));
    },
    onError: (error) => reportError(error),
  });
  if (!mine.data) return null;
  return (
    <Switch
      checked={mine.data.subscribed}
      disabled={change.isPending}
      onChange={(e) => change.mutate(e.currentTarget.checked)}
      label={t('bulletin.mine', { country: tc(`countries.${mine.data.country}`) })}
      data-testid="my-bulletin"
    />
  );
}
