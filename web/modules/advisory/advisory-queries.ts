import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Law, PublicAnswer } from '../../../contracts/advisory-answers';
import type { AdviceRules } from '../../../contracts/advisory-pack';
import type { QuestionDetail } from '../../../contracts/advisory-questions';
import type { Page } from '../../../contracts/common';
import type { Organisation } from '../../../contracts/organisations';
import { api } from '../../app/api-client';

/** Lists and single questions share this prefix: one invalidation refreshes them. */
export const questionsKey = 'questions';
const hour = 60 * 60_000;

export function useQuestion(id: string) {
  return useQuery({
    queryKey: [questionsKey, 'one', id],
    queryFn: () => api.get<QuestionDetail>(`/questions/${id}`),
  });
}

export function useRefreshQuestions() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: [questionsKey] }), [queryClient]);
}

/** The country's advisory areas with their sub-topics, and the promised answer time. */
export function useAdviceRules(country: string | undefined) {
  return useQuery({
    queryKey: ['advice-rules', country],
    queryFn: () => api.get<AdviceRules>('/public/advice-rules', { country }),
    enabled: Boolean(country),
    staleTime: hour,
  });
}

export function useLaws(country: string | undefined) {
  return useQuery({
    queryKey: ['laws', 'public', country],
    queryFn: () => api.get<{ items: Law[] }>('/public/laws', { country }),
    enabled: Boolean(country),
    staleTime: 5 * 60_000,
  });
}

/** The country's associations of municipalities: the bodies whose advisers answer questions. */
export function useAssociations(country: string | undefined) {
  return useQuery({
    queryKey: ['organisations', 'national-bodies', country],
    queryFn: () =>
      api.get<Page<Organisation>>('/organisations', { kind: 'national_body', country, limit: 200 }),
    enabled: Boolean(country),
    staleTime: hour,
    select: (page) => page.items.filter((o) => o.bodyRole === 'association'),
  });
}

/** Published answers matching one search word (the search asks every word to match). */
export function knowledgeSearch(country: string | undefined, word: string) {
  return {
    queryKey: ['knowledge', 'related', country, word],
    queryFn: () => api.get<Page<PublicAnswer>>('/public/knowledge', { country, q: word, limit: 5 }),
    enabled: Boolean(country) && word.length > 0,
    staleTime: 60_000,
  };
}
