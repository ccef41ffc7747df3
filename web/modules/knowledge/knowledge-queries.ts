import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Answer, Law, PublicAnswer } from '../../../contracts/advisory-answers';
import type { AdviceArea, AdviceRules } from '../../../contracts/advisory-pack';
import { api } from '../../app/api-client';
import { catalogueCountries } from '../catalogue/catalogue-queries';

/** Published answers as anyone reads them; refreshed with the experts' lists, as a publication changes both. */
export const publicKnowledgeKey = 'public-knowledge';
/** The association's entries (drafts included) its experts work on. */
export const answersKey = 'answers';
export const lawsKey = 'laws';

/** The countries whose associations publish answers (the public filter's choices). */
export const knowledgeCountries = catalogueCountries;

type AreaLists = Array<{ data?: AdviceArea[] }>;

function combineAreas(results: AreaLists) {
  const byCountry = new Map<string, AdviceArea[]>(
    knowledgeCountries.map((country, i) => [country, results[i]?.data ?? []]),
  );
  return {
    byCountry,
    find(countryCode: string, code: string): AdviceArea | null {
      return byCountry.get(countryCode)?.find((a) => a.code === code) ?? null;
    },
  };
}

/** The advisory areas and sub-topics of every country's pack, by country. */
export function useKnowledgeAreas() {
  return useQueries({
    queries: knowledgeCountries.map((country) => ({
      queryKey: ['advice-rules', country],
      queryFn: () => api.get<AdviceRules>('/public/advice-rules', { country }),
      select: (rules: AdviceRules) => rules.areas,
      staleTime: 60 * 60_000,
    })),
    combine: combineAreas,
  });
}

/** A country's laws register: public for the filters, the signed-in one for the experts who keep it. */
export function useLaws(country: string, signedIn = false) {
  return useQuery({
    queryKey: [lawsKey, signedIn ? 'list' : 'public', country],
    queryFn: () => api.get<{ items: Law[] }>(signedIn ? '/laws' : '/public/laws', { country }),
    enabled: Boolean(country),
  });
}

export function usePublicAnswer(id: string) {
  return useQuery({
    queryKey: [publicKnowledgeKey, 'one', id],
    queryFn: () => api.get<PublicAnswer>(`/public/knowledge/${id}`),
  });
}

export function useAnswer(id: string) {
  return useQuery({
    queryKey: [answersKey, 'one', id],
    queryFn: () => api.get<Answer>(`/answers/${id}`),
  });
}

/** After a change, the entry's own query holds the saved version and every list is refreshed. */
export function useStoreAnswer() {
  const queryClient = useQueryClient();
  return useCallback(
    async (answer: Answer) => {
      queryClient.setQueryData([answersKey, 'one', answer.id], answer);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: [answersKey, 'list'] }),
        queryClient.invalidateQueries({ queryKey: [publicKnowledgeKey] }),
        queryClient.invalidateQueries({ queryKey: [lawsKey] }),
      ]);
    },
    [queryClient],
  );
}

export function useRefreshLaws() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: [lawsKey] }), [queryClient]);
}
