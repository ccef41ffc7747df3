import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Page } from '../../../contracts/common';
import type { Enrolment } from '../../../contracts/learning-enrolments';
import type { Evaluation, EvaluationSummary } from '../../../contracts/learning-evaluations';
import type { Session } from '../../../contracts/learning-sessions';
import { api } from '../../app/api-client';

/** Sessions, their enrolments, attendance and evaluations share these prefixes: one refresh updates every view. */
export const sessionsKey = 'sessions';
export const enrolmentsKey = 'enrolments';

export function useSession(id: string) {
  return useQuery({
    queryKey: [sessionsKey, 'one', id],
    queryFn: () => api.get<Session>(`/sessions/${id}`),
  });
}

/**
 * Whether the signed-in trainer delivers this session: the sessions they deliver of its programme
 * starting that day (the trainer's own register entry is not at hand).
 */
export function useDelivers(session: Session, enabled: boolean) {
  const first = session.days[0]?.date;
  const query = useQuery({
    queryKey: [sessionsKey, 'delivers', session.id],
    queryFn: () =>
      api.get<Page<Session>>('/sessions', {
        mine: 'trainer',
        programmeId: session.programmeId,
        from: first,
        to: first,
        limit: 200,
      }),
    enabled,
  });
  return Boolean(query.data?.items.some((s) => s.id === session.id));
}

export function useAttendance(sessionId: string) {
  return useQuery({
    queryKey: [sessionsKey, 'attendance', sessionId],
    queryFn: () =>
      api.get<{ items: Array<{ dayId: string; enrolmentId: string; present: boolean }> }>(
        `/sessions/${sessionId}/attendance`,
      ),
  });
}

/** Every enrolment of a session the reader may see (the register needs all of them, not a page). */
export function useSessionEnrolments(sessionId: string) {
  return useQuery({
    queryKey: [enrolmentsKey, 'session', sessionId],
    queryFn: async () => {
      const items: Enrolment[] = [];
      let cursor: string | null = null;
      do {
        const page: Page<Enrolment> = await api.get<Page<Enrolment>>('/enrolments', {
          sessionId,
          limit: 200,
          cursor: cursor ?? undefined,
        });
        items.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return items;
    },
  });
}

export function useEvaluationSummary(sessionId: string) {
  return useQuery({
    queryKey: [sessionsKey, 'evaluations', sessionId],
    queryFn: () => api.get<EvaluationSummary>(`/sessions/${sessionId}/evaluations/summary`),
  });
}

export function useMyEvaluations(sessionId: string, enabled: boolean) {
  return useQuery({
    queryKey: [sessionsKey, 'evaluations', sessionId, 'mine'],
    queryFn: () => api.get<{ items: Evaluation[] }>(`/sessions/${sessionId}/evaluations/mine`),
    enabled,
  });
}

export function useRefreshSessions() {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [sessionsKey] }),
        queryClient.invalidateQueries({ queryKey: [enrolmentsKey] }),
      ]),
    [queryClient],
  );
}
