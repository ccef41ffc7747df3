import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { z } from 'zod';
import type { Me } from '../../../contracts/identity';
import type { Bulletin, bulletinPreviewSchema, Post, PublicPost } from '../../../contracts/news';
import { roleRules } from '../../../contracts/roles';
import { api } from '../../app/api-client';
import { catalogueCountries } from '../catalogue/catalogue-queries';

/** Every post query (lists, single posts, both the public and the signed-in ones) shares this prefix. */
export const postsKey = 'posts';
export const bulletinsKey = 'bulletins';

/** The countries whose bodies publish news and bulletins (the public filters' choices). */
export const newsCountries = catalogueCountries;

/** A signed-in reader also reads the posts addressed to their municipality; a visitor the public ones. */
export const postsPath = (kind: 'news' | 'events', signedIn: boolean) =>
  signedIn ? `/${kind}` : `/public/${kind}`;

/** A post as either endpoint returns it: the public shape, plus the editors' fields when signed in. */
export type ReadPost = PublicPost & Partial<Pick<Post, 'status' | 'canManage' | 'audienceIds'>>;

export function usePost(kind: 'news' | 'events', id: string, signedIn: boolean) {
  return useQuery({
    queryKey: [postsKey, 'one', signedIn, id],
    queryFn: () => api.get<ReadPost>(`${postsPath(kind, signedIn)}/${id}`),
  });
}

export function useRefreshPosts() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: [postsKey] }), [queryClient]);
}

/** The national bodies the reader publishes for (their own, for a body's administrator or expert). */
export function publisherBodies(me: Me) {
  return me.memberships.filter(
    (m) => m.orgKind === 'national_body' && roleRules[m.role].permissions['news.publish'],
  );
}

export type BulletinPreview = z.infer<typeof bulletinPreviewSchema>;

export function useBulletinPreview(bodyId: string | null) {
  return useQuery({
    queryKey: [bulletinsKey, 'preview', bodyId],
    queryFn: () => api.get<BulletinPreview>('/bulletins/preview', { bodyId }),
    enabled: Boolean(bodyId),
  });
}

export function useBulletins(bodyId: string | null) {
  return useQuery({
    queryKey: [bulletinsKey, 'list', bodyId],
    queryFn: () => api.get<{ items: Bulletin[] }>('/bulletins', { bodyId }),
    enabled: Boolean(bodyId),
  });
}

/** The iCal feed of a country's public events, as an absolute address a calendar app can subscribe to. */
export function eventsFeedUrl(country: string): string {
  return `${window.location.origin}/api/v1/public/events.ics?country=${encodeURIComponent(country)}`;
}

export function eventIcsUrl(id: string): string {
  return `/api/v1/public/events/${encodeURIComponent(id)}/ics`;
}
