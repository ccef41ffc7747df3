import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Notification } from '../../../contracts/notifications';
import { api } from '../../app/api-client';
import { reportError } from '../../app/problems';

export const notificationsKey = 'notifications';
export type NotificationPage = { items: Notification[]; nextCursor: string | null; unread: number };

/** The latest few and the unread count, refreshed every minute while the app is open. */
export function useBell() {
  return useQuery({
    queryKey: [notificationsKey, 'bell'],
    queryFn: () => api.get<NotificationPage>('/notifications', { limit: 8 }),
    refetchInterval: 60_000,
  });
}

/** Marks these (or, without ids, all) as read, then refreshes the bell and the lists. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids?: string[]) => api.post('/notifications/read', ids ? { ids } : {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [notificationsKey] }),
    onError: (error) => reportError(error),
  });
}
