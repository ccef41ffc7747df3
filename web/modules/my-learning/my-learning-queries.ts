import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Page } from '../../../contracts/common';
import type { Certificate } from '../../../contracts/learning-certificates';
import type { Enrolment, EnrolmentListQuery } from '../../../contracts/learning-enrolments';
import type { Evaluation, EvaluationCreate } from '../../../contracts/learning-evaluations';
import type { Session } from '../../../contracts/learning-sessions';
import { api } from '../../app/api-client';

/** Shared with the organisers' pages: one invalidation refreshes every list of places and sessions. */
export const enrolmentsKey = 'enrolments';
export const sessionsKey = 'sessions';
export const certificatesKey = 'certificates';
const evaluationsKey = 'evaluations';
const calendarFeedKey = 'calendar-feed';

/** Every list here is one person's or one approver's: a page of 200 holds it. */
const everything = 200;

export function useEnrolments(query: Omit<EnrolmentListQuery, 'limit' | 'cursor'>, enabled = true) {
  return useQuery({
    queryKey: [enrolmentsKey, 'all', query],
    queryFn: () => api.get<Page<Enrolment>>('/enrolments', { ...query, limit: everything }),
    enabled,
  });
}

export function useCertificates(employeeId: string, enabled = true) {
  return useQuery({
    queryKey: [certificatesKey, 'all', { employeeId }],
    queryFn: () => api.get<Page<Certificate>>('/certificates', { employeeId, limit: everything }),
    enabled,
  });
}

/** The sessions behind some places (their days, venue and cancellation deadline), one request each. */
export function useSessionsById(ids: string[]) {
  const results = useQueries({
    queries: [...new Set(ids)].map((id) => ({
      queryKey: [sessionsKey, 'one', id],
      queryFn: () => api.get<Session>(`/sessions/${id}`),
    })),
  });
  return new Map(results.flatMap((r) => (r.data ? [[r.data.id, r.data] as const] : [])));
}

/** What the signed-in person has already answered per session, so answered forms are not offered again. */
export function useMyEvaluations(sessionIds: string[]) {
  const results = useQueries({
    queries: [...new Set(sessionIds)].map((id) => ({
      queryKey: [evaluationsKey, 'mine', id],
      queryFn: () => api.get<{ items: Evaluation[] }>(`/sessions/${id}/evaluations/mine`),
    })),
  });
  const given = results.flatMap((r) => r.data?.items ?? []);
  return { given, pending: results.some((r) => r.isPending) };
}

/** After a change to a place: the places, the sessions' seat counts and the certificates. */
export function useRefreshLearning() {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all(
        [enrolmentsKey, sessionsKey, certificatesKey, evaluationsKey].map((key) =>
          queryClient.invalidateQueries({ queryKey: [key] }),
        ),
      ),
    [queryClient],
  );
}

/** One POST that changes places or certificates, then a refresh of everything that shows them. */
export function useLearningAction<T = unknown>() {
  const refresh = useRefreshLearning();
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body?: unknown }) => api.post<T>(path, body ?? {}),
    onSettled: () => refresh(),
  });
}

export function useEvaluate(sessionId: string) {
  const refresh = useRefreshLearning();
  return useMutation({
    mutationFn: (body: EvaluationCreate) => api.post<Evaluation>(`/sessions/${sessionId}/evaluations`, body),
    onSuccess: () => refresh(),
  });
}

type CalendarFeed = { url: string };

export function useCalendarFeed() {
  return useQuery({
    queryKey: [calendarFeedKey],
    queryFn: () => api.get<CalendarFeed>('/me/calendar-feed'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useResetCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<CalendarFeed>('/me/calendar-feed/reset', {}),
    onSuccess: (feed) => queryClient.setQueryData([calendarFeedKey], feed),
  });
}
