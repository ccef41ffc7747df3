import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef } from 'react';
import type { Locale, Permission } from '../../contracts/access';
import type { Me } from '../../contracts/identity';
import { ApiError, api, setCsrfToken } from './api-client';
import { currentLocale, switchLanguage } from './i18n';
import { storeLocale } from './locale';
import { reportError } from './problems';

export const meQueryKey = ['me'] as const;

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.get<Me>('/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

type Session = {
  /** The signed-in person, or null on the anonymous pages. */
  me: Me | null;
  can: (permission: Permission) => boolean;
  /** Store a fresh Me (after login, profile or password changes). */
  setMe: (me: Me | null) => void;
  logout: () => Promise<void>;
  /** Switch the UI language; saved to the profile when signed in, to this browser otherwise. */
  changeLocale: (locale: Locale) => Promise<void>;
};

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in person; only for pages behind RequireAuth. */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error('useMe without a session');
  return me;
}

export function useMeQuery() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 5 * 60_000, retry: 1 });
}

export function SessionProvider({ me, children }: { me: Me | null; children: ReactNode }) {
  const queryClient = useQueryClient();

  const setMe = useCallback(
    (next: Me | null) => {
      setCsrfToken(next?.csrfToken ?? null);
      queryClient.setQueryData(meQueryKey, next);
    },
    [queryClient],
  );

  // On sign-in (and on reload) the profile's language wins over the one chosen on the login page.
  const appliedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!me) {
      appliedFor.current = null;
      return;
    }
    if (appliedFor.current === me.user.id) return;
    appliedFor.current = me.user.id;
    storeLocale(me.user.locale);
    if (me.user.locale !== currentLocale()) void switchLanguage(me.user.locale);
  }, [me]);

  const logout = useCallback(async () => {
    try {
      await api.post('/auth/logout');
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) reportError(error);
    }
    queryClient.removeQueries();
    setMe(null);
  }, [queryClient, setMe]);

  const changeLocale = useCallback(
    async (locale: Locale) => {
      storeLocale(locale);
      // Save first: the server sorts lists in the profile's language, and they reload on the switch.
      if (me && me.user.locale !== locale) {
        try {
          setMe(await api.patch<Me>('/me', { locale }));
        } catch (error) {
          reportError(error);
        }
      }
      await switchLanguage(locale);
    },
    [me, setMe],
  );

  const value = useMemo<Session>(() => {
    const granted = new Set<Permission>(me?.permissions ?? []);
    return { me, can: (p) => granted.has(p), setMe, logout, changeLocale };
  }, [me, setMe, logout, changeLocale]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
